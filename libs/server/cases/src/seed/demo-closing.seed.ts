import type { CaseOutcome, CaseStage } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Makes a demo case the cases seed already closed read as closed with `closing` (outcome, note, day, the
 * stage it left), and its timeline's closing entry say what the close ended (`eventDetails`), as a real
 * close records them: for seeds that tell a closed case's story after the fact. Plain SQL.
 */
export async function amendDemoClosing(
  manager: EntityManager,
  caseId: string,
  closing: { outcome: CaseOutcome; note: string; closedOn: string; closedFrom: CaseStage },
  eventDetails: Record<string, unknown>,
): Promise<void> {
  await manager.query(
    `UPDATE cases SET outcome = $4, closing_note = $2, closed_on = $3, closed_from = $5 WHERE id = $1`,
    [caseId, closing.note, closing.closedOn, closing.outcome, closing.closedFrom],
  );
  await manager.query(
    `UPDATE case_events SET details = details || $2::jsonb
      WHERE id = (SELECT id FROM case_events WHERE case_id = $1 AND kind = 'case.stage_changed' AND details->>'to' = 'closed'
                   ORDER BY id DESC LIMIT 1)`,
    [caseId, eventDetails],
  );
}
