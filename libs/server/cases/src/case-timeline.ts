import type { EntityManager } from 'typeorm';
import { CaseEvent } from './case-event.entity';

/** Writes a timeline event and marks the case active, in the caller's transaction. */
export async function recordCaseEvent(
  manager: EntityManager,
  caseId: string,
  actorId: string | null,
  kind: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await manager.getRepository(CaseEvent).insert({ caseId, actorId, kind, details: details as never });
  await manager.query(`UPDATE cases SET last_activity_at = now() WHERE id = $1`, [caseId]);
}

/** Recomputes the case's totals from its open debts; called in the same transaction as any debt change. */
export async function refreshCaseTotals(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE cases c SET
       total_outstanding_fen = t.outstanding,
       total_overdue_fen = t.overdue,
       earliest_overdue_since = t.earliest,
       open_debt_count = t.open_count
     FROM (
       SELECT coalesce(sum(outstanding_fen), 0) AS outstanding, coalesce(sum(overdue_fen), 0) AS overdue,
              min(overdue_since) AS earliest, count(*) AS open_count
         FROM debts WHERE case_id = $1 AND status = 'open'
     ) t
     WHERE c.id = $1`,
    [caseId],
  );
}
