import type { CaseStage } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/*
 * Single facts of a case that other features put on their records (a reminder's wording, a checklist's
 * stage gate). Plain SQL: callers pass the manager of their own transaction.
 */

/** The case's reference (the case must exist). */
export async function caseReference(manager: EntityManager, caseId: string): Promise<string> {
  const [{ reference }] = await manager.query(`SELECT reference FROM cases WHERE id = $1`, [caseId]);
  return reference;
}

/** The case's stage, or undefined when there is no such case. */
export async function caseStage(manager: EntityManager, caseId: string): Promise<CaseStage | undefined> {
  const [record] = await manager.query(`SELECT stage FROM cases WHERE id = $1`, [caseId]);
  return record?.stage;
}
