import type { EntityManager } from 'typeorm';
import { NotFoundError, OutOfScopeError } from '../errors/app-error';
import type { Principal } from './principal';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Whose records a caller may see, as a condition on an officer column: an officer their own, a manager
 * their team's, an admin all. Records outside it are treated as absent (404), never as forbidden.
 */
export function officerScope(principal: Principal, officerColumn: string): SqlCondition {
  switch (principal.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'manager':
      return principal.teamId
        ? {
            sql: `${officerColumn} IN (SELECT u.id FROM users u WHERE u.team_id = :scopeTeamId)`,
            params: { scopeTeamId: principal.teamId },
          }
        : { sql: 'FALSE', params: {} };
    case 'officer':
      return { sql: `${officerColumn} = :scopeUserId`, params: { scopeUserId: principal.id } };
  }
}

/**
 * The error for a scoped look-up that found nothing: a record that exists outside the caller's scope
 * answers 404 all the same, but as an OutOfScopeError the global filter audits; one that does not exist is
 * a plain NotFoundError. Every miss runs the same extra look-up, so both answers take as long.
 */
export async function missingOrOutOfScope(
  manager: EntityManager,
  record: { table: 'cases' | 'clients' | 'document_files'; entity: string; entityType: string; id: string },
): Promise<NotFoundError> {
  const [found] = await manager.query(`SELECT 1 FROM ${record.table} WHERE id = $1`, [record.id]);
  return found
    ? new OutOfScopeError(record.entity, record.entityType, record.id)
    : new NotFoundError(record.entity);
}

/**
 * For a record found as it is whose case then refused the caller: it answers 404 in its own name, and is
 * audited as out of scope when the case was.
 */
export function refusedWithItsCase(entity: string, entityType: string, id: string) {
  return (error: unknown): never => {
    if (!(error instanceof NotFoundError)) throw error;
    throw error instanceof OutOfScopeError
      ? new OutOfScopeError(entity, entityType, id)
      : new NotFoundError(entity);
  };
}
