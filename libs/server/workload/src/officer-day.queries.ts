import { addDays, zonedInstant } from '@accord/domain';

const LIMIT = 50;

export interface DayQuery {
  sql: string;
  params: unknown[];
}

/**
 * The statements behind an officer's day, in section order (reminders, follow-ups, documents to verify,
 * documents overdue, installments, stale cases): the API runs them side by side, and the bench runs
 * the very same SQL directly to compare.
 */
export function officerDayQueries(
  me: string,
  now: Date,
  date: string,
  settings: { timeZone: string; staleAfterDays: number },
): DayQuery[] {
  const dayStart = zonedInstant(date, '00:00', settings.timeZone);
  const dayEnd = zonedInstant(addDays(date, 1), '00:00', settings.timeZone);
  const mine = `SELECT c.id, c.reference, cl.full_name FROM cases c JOIN clients cl ON cl.id = c.client_id
                   WHERE c.officer_id = $1 AND c.stage <> 'closed'`;
  return [
    {
      sql: `WITH mine AS (${mine})
         SELECT r.id, r.kind, r.status, r.due_at AS "dueAt", r.due_at < $2 AS overdue, r.payload,
                m.id AS "caseId", m.reference, m.full_name AS "clientName", count(*) OVER ()::int AS total
           FROM reminders r JOIN mine m ON m.id = r.case_id
          WHERE r.recipient = 'officer' AND r.due_at < $3
            AND (r.status IN ('scheduled', 'failed') OR (r.status = 'sent' AND r.due_at >= $2))
          ORDER BY r.due_at, r.id LIMIT ${LIMIT}`,
      params: [me, dayStart, dayEnd],
    },
    {
      sql: `WITH mine AS (${mine})
         SELECT k.id, k.next_follow_up_at AS "dueAt", k.next_follow_up_at < $2 AS overdue, k.party, k.channel,
                k.person, k.summary, m.id AS "caseId", m.reference, m.full_name AS "clientName",
                count(*) OVER ()::int AS total
           FROM contacts k JOIN mine m ON m.id = k.case_id
          WHERE k.next_follow_up_at < $3
            AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at)
          ORDER BY k.next_follow_up_at, k.id LIMIT ${LIMIT}`,
      params: [me, dayStart, dayEnd],
    },
    {
      sql: `WITH mine AS (${mine})
         SELECT d.id, d.kind, d.received_at AS "receivedAt", m.id AS "caseId", m.reference, m.full_name AS "clientName",
                count(*) OVER ()::int AS total
           FROM document_requirements d JOIN mine m ON m.id = d.case_id
          WHERE d.status = 'received'
          ORDER BY d.received_at, d.id LIMIT ${LIMIT}`,
      params: [me],
    },
    {
      sql: `WITH mine AS (${mine})
         SELECT d.id, d.kind, d.status, d.due_on::text AS "dueOn", $2::date - d.due_on AS "daysLate",
                m.id AS "caseId", m.reference, m.full_name AS "clientName", count(*) OVER ()::int AS total
           FROM document_requirements d JOIN mine m ON m.id = d.case_id
          WHERE d.status IN ('requested', 'rejected') AND d.due_on < $2::date
          ORDER BY d.due_on, d.id LIMIT ${LIMIT}`,
      params: [me, date],
    },
    // Payments go to the earliest installments first: an installment is unpaid while the plan's
    // payments fall short of the sum of the installments up to it.
    {
      sql: `WITH mine AS (${mine}),
         plans AS (SELECT p.id, p.case_id, p.debt_id FROM repayment_plans p JOIN mine m ON m.id = p.case_id),
         paid AS (SELECT y.plan_id, sum(y.amount_fen) AS paid FROM payments y JOIN plans p ON p.id = y.plan_id GROUP BY y.plan_id),
         schedule AS (
           SELECT i.id, i.plan_id, i.number, i.due_date, i.amount_fen,
                  sum(i.amount_fen) OVER (PARTITION BY i.plan_id ORDER BY i.number) AS upto
             FROM installments i JOIN plans p ON p.id = i.plan_id)
         SELECT * FROM (
         SELECT s.id, s.number, s.due_date::text AS "dueDate", s.amount_fen::bigint AS "amountFen",
                least(s.amount_fen, s.upto - coalesce(pd.paid, 0))::bigint AS "owedFen",
                s.due_date < $2::date AS missed, $2::date - s.due_date AS "daysLate",
                s.plan_id AS "planId", m.id AS "caseId", m.reference, m.full_name AS "clientName",
                cr.name AS creditor, count(*) OVER (PARTITION BY s.due_date < $2::date)::int AS total,
                row_number() OVER (PARTITION BY s.due_date < $2::date ORDER BY s.due_date, s.id) AS rank
           FROM schedule s JOIN plans p ON p.id = s.plan_id JOIN mine m ON m.id = p.case_id
           JOIN debts d ON d.id = p.debt_id JOIN creditors cr ON cr.id = d.creditor_id
           LEFT JOIN paid pd ON pd.plan_id = s.plan_id
          WHERE s.upto > coalesce(pd.paid, 0) AND s.due_date < $2::date + 7) ranked
          WHERE rank <= ${LIMIT} ORDER BY "dueDate", id`,
      params: [me, date],
    },
    {
      sql: `SELECT c.id AS "caseId", c.reference, cl.full_name AS "clientName", c.stage, c.last_activity_at AS "lastActivityAt",
                ($3::date - (c.last_activity_at AT TIME ZONE $4)::date) AS "daysQuiet", count(*) OVER ()::int AS total
           FROM cases c JOIN clients cl ON cl.id = c.client_id
          WHERE c.officer_id = $1 AND c.stage <> 'closed' AND c.last_activity_at < $2::timestamptz
          ORDER BY c.last_activity_at, c.id LIMIT ${LIMIT}`,
      params: [me, new Date(now.getTime() - settings.staleAfterDays * 86_400_000), date, settings.timeZone],
    },
  ];
}
