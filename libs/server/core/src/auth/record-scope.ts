import type { EntityManager } from 'typeorm';
import { NotFoundError, OutOfScopeError } from '../errors/app-error';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
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
