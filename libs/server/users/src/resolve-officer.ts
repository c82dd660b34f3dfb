import { ErrorCode } from '@accord/contracts';
import { UnprocessableError, type Principal } from '@accord/server-core';
import type { EntityManager } from 'typeorm';

// Here, not in core: which officers are active, and on whose team, only users may read.

/**
 * Who will handle a new client or case: officers take their own work (naming someone else is refused);
 * managers choose an active officer of their team; admins any active officer.
 */
export async function resolveOfficer(
  manager: EntityManager,
  principal: Principal,
  requested: string | undefined,
): Promise<string> {
  if (principal.role === 'officer') {
    if (requested && requested !== principal.id) {
      throw new UnprocessableError(ErrorCode.Unprocessable, 'Officers take their own clients and cases', {
        field: 'officerId',
      });
    }
    return principal.id;
  }
  if (!requested) {
    throw new UnprocessableError(ErrorCode.Unprocessable, 'Choose the officer who will handle this', {
      field: 'officerId',
    });
  }
  const [officer] = await manager.query(
    `SELECT id, team_id FROM users WHERE id = $1 AND role = 'officer' AND active`,
    [requested],
  );
  if (!officer || (principal.role === 'manager' && officer.team_id !== principal.teamId)) {
    throw new UnprocessableError(
      ErrorCode.Unprocessable,
      'The officer must be an active officer of your team',
      { field: 'officerId' },
    );
  }
  return officer.id as string;
}
