import { joinCaseOfTeam, joinDebt } from '@accord/server-cases';

/*
 * What the managers' reports read of disputes: the credit record owns the tables, workload composes these
 * into its statements.
 */

/**
 * Disputes answered from the day `from` to the day `to` (calendar dates), on the cases of `team`'s officers
 * (null: the firm), whose entry is one of the case's debts: the debt's creditor_id and currency, and the
 * outcome as the agency or lender gave it.
 */
export const disputesAnsweredSql = (team: string, from: string, to: string) => `
    SELECT d.creditor_id, d.currency, x.outcome
      FROM credit_disputes x
      JOIN credit_report_entries e ON e.id = x.entry_id
      ${joinDebt('d', 'e.debt_id')} ${joinCaseOfTeam('c', 'x.case_id', team)}
     WHERE x.status = 'answered' AND x.answered_on >= ${from}::date AND x.answered_on <= ${to}::date`;

/**
 * On the cases of `team`'s officers (null: the firm): disputes open (prepared or filed), filed ones due
 * from `today` to `weekEnd`, and filed ones whose answer is past due.
 */
export const openDisputeFiguresSql = (team: string, today: string, weekEnd: string) => `
    SELECT count(*) FILTER (WHERE x.status IN ('draft', 'filed'))::int AS open,
           count(*) FILTER (WHERE x.status = 'filed' AND x.answer_due_on BETWEEN ${today}::date AND ${weekEnd}::date)::int AS "dueThisWeek",
           count(*) FILTER (WHERE x.status = 'filed' AND x.answer_due_on < ${today}::date)::int AS overdue
      FROM credit_disputes x ${joinCaseOfTeam('c', 'x.case_id', team)}`;
