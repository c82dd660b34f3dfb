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

/**
 * A creditor took the client to court: the case's litigation flag says so (the case list filters on it).
 * Only ever raised here; an officer lowers it by hand once the matter is over.
 */
export async function markCaseSued(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE cases SET litigation_risk = 'sued', updated_at = now(), version = version + 1
      WHERE id = $1 AND litigation_risk <> 'sued'`,
    [caseId],
  );
}
