import type { EntityManager } from 'typeorm';

/** Writes a timeline event and marks the case active, in the caller's transaction. */
export async function recordCaseEvent(
  manager: EntityManager,
  caseId: string,
  actorId: string | null,
  kind: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  // Plain SQL: also used by the seed, whose DataSource has no entity metadata.
  await manager.query(`INSERT INTO case_events (case_id, actor_id, kind, details) VALUES ($1, $2, $3, $4)`, [
    caseId,
    actorId,
    kind,
    details,
  ]);
  await manager.query(`UPDATE cases SET last_activity_at = now() WHERE id = $1`, [caseId]);
}

/** Recomputes the case's totals from its open debts; called in the same transaction as any debt change. */
export async function refreshCaseTotals(manager: EntityManager, caseId: string): Promise<void> {
  // Lock first, in its own statement: the recount below then starts after any concurrent change to the
  // same case has committed, and sees its debts (read committed takes a new snapshot per statement).
  // NO KEY UPDATE: new debts hold KEY SHARE on the case through their foreign key; FOR UPDATE would deadlock.
  await manager.query(`SELECT 1 FROM cases WHERE id = $1 FOR NO KEY UPDATE`, [caseId]);
  await manager.query(
    `UPDATE cases c SET
       total_outstanding_fen = t.outstanding,
       total_overdue_fen = t.overdue,
       earliest_overdue_since = t.earliest,
       open_debt_count = t.open_count,
       creditor_ids = t.creditor_ids
     FROM (
       SELECT coalesce(sum(outstanding_fen) FILTER (WHERE status = 'open'), 0) AS outstanding,
              coalesce(sum(overdue_fen) FILTER (WHERE status = 'open'), 0) AS overdue,
              min(overdue_since) FILTER (WHERE status = 'open') AS earliest,
              count(*) FILTER (WHERE status = 'open') AS open_count,
              coalesce(array_agg(DISTINCT creditor_id ORDER BY creditor_id) FILTER (WHERE creditor_id IS NOT NULL), '{}') AS creditor_ids
         FROM debts WHERE case_id = $1
     ) t
     WHERE c.id = $1`,
    [caseId],
  );
}
