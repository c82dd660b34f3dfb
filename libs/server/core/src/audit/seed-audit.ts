import type { EntityManager } from 'typeorm';

/**
 * Records in the audit log that a seed wrote `action` (a system entry, no actor). Plain SQL: the CLI's
 * seeds run on a connection that maps no entities, so AuditService's repository is not there.
 */
export async function recordSeeded(
  manager: EntityManager,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await manager.query(`INSERT INTO audit_log (action, entity_type, details) VALUES ($1, 'system', $2)`, [
    action,
    details,
  ]);
}
