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
  // Each section picks its rows from an index that starts with the officer (the item carries whose case it
  // is and whether the case is open), counts them, keeps the first ones, and only then looks up the
  // case's reference and the client's name for those.
  const named = (picked: string, order: string) => `
    SELECT p.*, c.reference, cl.full_name AS "clientName"
      FROM (${picked}) p JOIN cases c ON c.id = p."caseId" JOIN clients cl ON cl.id = c.client_id
     ORDER BY ${order}`;
  return [
    {
      sql: named(
        `SELECT r.id, r.kind, r.status, r.due_at AS "dueAt", r.due_at < $2 AS overdue, r.payload, r.case_id AS "caseId",
                count(*) OVER ()::int AS total
           FROM (SELECT id FROM reminders WHERE officer_id = $1 AND recipient = 'officer' AND case_open
                    AND status IN ('scheduled', 'failed') AND due_at < $3
                 UNION ALL
                 SELECT id FROM reminders WHERE officer_id = $1 AND recipient = 'officer' AND case_open
                    AND status = 'sent' AND due_at >= $2 AND due_at < $3) mine
           JOIN reminders r ON r.id = mine.id
          ORDER BY r.due_at, r.id LIMIT ${LIMIT}`,
        'p."dueAt", p.id',
      ),
      params: [me, dayStart, dayEnd],
    },
    {
      sql: named(
        `SELECT k.id, k.next_follow_up_at AS "dueAt", k.next_follow_up_at < $2 AS overdue, k.party, k.channel,
                k.person, k.summary, k.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM contacts k
          WHERE k.officer_id = $1 AND k.case_open AND NOT k.answered AND k.next_follow_up_at < $3
          ORDER BY k.next_follow_up_at, k.id LIMIT ${LIMIT}`,
        'p."dueAt", p.id',
      ),
      params: [me, dayStart, dayEnd],
    },
    {
      sql: named(
        `SELECT d.id, d.kind, d.received_at AS "receivedAt", d.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM document_requirements d
          WHERE d.officer_id = $1 AND d.case_open AND d.status = 'received'
          ORDER BY d.received_at, d.id LIMIT ${LIMIT}`,
        'p."receivedAt", p.id',
      ),
      params: [me],
    },
    {
      sql: named(
        `SELECT d.id, d.kind, d.status, d.due_on::text AS "dueOn", $2::date - d.due_on AS "daysLate",
                d.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM document_requirements d
          WHERE d.officer_id = $1 AND d.case_open AND d.status IN ('requested', 'rejected') AND d.due_on < $2::date
          ORDER BY d.due_on, d.id LIMIT ${LIMIT}`,
        'p."dueOn", p.id',
      ),
      params: [me, date],
    },
    // Payments go to the earliest installments first, so every installment from the plan's first unpaid
    // one on is unpaid; what is owed on each is its amount less what payments cover beyond the earlier ones.
    // A plan closing ended is owed nothing more (a reopened case keeps it ended): it is left out.
    {
      sql: `
        SELECT ranked.id, ranked.number, ranked."dueDate", ranked."amountFen", ranked."owedFen", ranked.missed,
               ranked."daysLate", ranked."planId", ranked."caseId", ranked.total,
               c.reference, cl.full_name AS "clientName", cr.name AS creditor, d.currency FROM (
          SELECT i.id, i.number, i.due_date::text AS "dueDate", i.amount_fen::bigint AS "amountFen",
                 least(i.amount_fen, (SELECT sum(x.amount_fen) FROM installments x
                                       WHERE x.plan_id = i.plan_id AND x.number <= i.number) - p.paid_fen)::bigint AS "owedFen",
                 i.due_date < $2::date AS missed, $2::date - i.due_date AS "daysLate",
                 p.id AS "planId", p.case_id AS "caseId", p.debt_id,
                 count(*) OVER (PARTITION BY i.due_date < $2::date)::int AS total,
                 row_number() OVER (PARTITION BY i.due_date < $2::date ORDER BY i.due_date, i.id) AS rank
            FROM repayment_plans p
            JOIN installments i ON i.plan_id = p.id AND i.due_date >= p.next_unpaid_due_on AND i.due_date < $2::date + 7
           WHERE p.officer_id = $1 AND p.case_open AND p.ended_on IS NULL AND p.next_unpaid_due_on < $2::date + 7) ranked
          JOIN cases c ON c.id = ranked."caseId" JOIN clients cl ON cl.id = c.client_id
          JOIN debts d ON d.id = ranked.debt_id JOIN creditors cr ON cr.id = d.creditor_id
         WHERE rank <= ${LIMIT} ORDER BY "dueDate", id`,
      params: [me, date],
    },
    {
      sql: named(
        `SELECT c.id AS "caseId", c.stage, c.last_activity_at AS "lastActivityAt",
                ($3::date - (c.last_activity_at AT TIME ZONE $4)::date) AS "daysQuiet", count(*) OVER ()::int AS total
           FROM cases c
          WHERE c.officer_id = $1 AND c.stage <> 'closed' AND c.last_activity_at < $2::timestamptz
          ORDER BY c.last_activity_at, c.id LIMIT ${LIMIT}`,
        'p."lastActivityAt", p."caseId"',
      ),
      params: [me, new Date(now.getTime() - settings.staleAfterDays * 86_400_000), date, settings.timeZone],
    },
  ];
}
