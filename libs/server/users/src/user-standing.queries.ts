import type { Locale, Role } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

export interface ActiveUserStanding {
  id: string;
  role: Role;
  teamId: string | null;
  locale: Locale;
}

/**
 * Who an active account is, for work done on its behalf without a signed-in request (its calendar feed):
 * undefined once the account is disabled or gone, so what it reached stops with it.
 */
export async function activeUserStanding(
  manager: EntityManager,
  userId: string,
): Promise<ActiveUserStanding | undefined> {
  const [row] = await manager.query(
    `SELECT id, role, team_id AS "teamId", locale FROM users WHERE id = $1 AND active`,
    [userId],
  );
  return row;
}
