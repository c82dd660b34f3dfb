import type { CaseEventKind } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/** Writes a timeline event and marks the case active, in the caller's transaction. */
export async function recordCaseEvent(
  manager: EntityManager,
  caseId: string,
  actorId: string | null,
  kind: CaseEventKind,
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

/**
 * Recomputes cases' totals from their open debts; called in the same transaction as any debt change
 * (one case) or import (many).
 */
export async function refreshCaseTotals(manager: EntityManager, caseIds: string | string[]): Promise<void> {
  const ids = Array.isArray(caseIds) ? caseIds : [caseIds];
  // Lock first, in its own statement: the recount below then starts after any concurrent change to the
  // same cases has committed, and sees their debts (read committed takes a new snapshot per statement).
  // NO KEY UPDATE: new debts hold KEY SHARE on the case through their foreign key; FOR UPDATE would deadlock.
  await manager.query(`SELECT 1 FROM cases WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE`, [ids]);
  await manager.query(
    `UPDATE cases c SET
       total_outstanding_fen = t.outstanding,
       total_overdue_fen = t.overdue,
       earliest_overdue_since = t.earliest,
       open_debt_count = t.open_count,
       creditor_ids = t.creditor_ids,
       totals_by_currency = coalesce((
         SELECT jsonb_object_agg(m.currency, jsonb_build_object('outstandingFen', m.outstanding, 'overdueFen', m.overdue))
           FROM (SELECT currency, sum(outstanding_fen) AS outstanding, sum(overdue_fen) AS overdue
                   FROM debts WHERE case_id = c.id AND status = 'open' GROUP BY currency) m), '{}')
     FROM (
       SELECT k.id,
              coalesce(sum(d.outstanding_fen) FILTER (WHERE d.status = 'open'), 0) AS outstanding,
              coalesce(sum(d.overdue_fen) FILTER (WHERE d.status = 'open'), 0) AS overdue,
              min(d.overdue_since) FILTER (WHERE d.status = 'open') AS earliest,
              count(d.id) FILTER (WHERE d.status = 'open') AS open_count,
              coalesce(array_agg(DISTINCT d.creditor_id ORDER BY d.creditor_id) FILTER (WHERE d.creditor_id IS NOT NULL), '{}') AS creditor_ids
         FROM cases k LEFT JOIN debts d ON d.case_id = k.id
        WHERE k.id = ANY($1)
        GROUP BY k.id
     ) t
     WHERE c.id = t.id`,
    [ids],
  );
}

/**
 * A past event, written as it happened at `at` (a demo's back-dated history): unlike recordCaseEvent it
 * marks no activity now. Plain SQL, for the seed's connection.
 */
export async function recordPastCaseEvent(
  manager: EntityManager,
  caseId: string,
  actorId: string | null,
  kind: CaseEventKind,
  details: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO case_events (case_id, actor_id, kind, details, at) VALUES ($1, $2, $3, $4, $5)`,
    [caseId, actorId, kind, details, at],
  );
}
