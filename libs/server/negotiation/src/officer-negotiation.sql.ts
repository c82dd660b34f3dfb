import { DEFAULT_PLAN_RULES } from '@accord/domain';
import { joinDebt } from '@accord/server-cases';

/*
 * What the officer's day and the team's workload read of contacts, plans and installments:
 * negotiation owns these tables, workload composes these with the other features' (one statement each,
 * no loop). Contacts and plans carry whose case it is and whether the case is open (kept by triggers).
 */

/** An officer's day, follow-ups due: $1 officer, $2..$3 the day's instants; counted, first `limit`. */
export const followUpsOfOfficerDaySql = (
  limit: number,
) => `SELECT k.id, k.next_follow_up_at AS "dueAt", k.next_follow_up_at < $2 AS overdue, k.party, k.channel,
                k.person, k.summary, k.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM contacts k
          WHERE k.officer_id = $1 AND k.case_open AND NOT k.answered AND k.next_follow_up_at < $3
          ORDER BY k.next_follow_up_at, k.id LIMIT ${limit}`;

/**
 * An officer's day, installments unpaid and due within a week or missed: $1 officer, $2 today. Each row
 * carries "caseId", "planId", `debt_id`, `total` (per missed / not) and `rank` (within the same).
 * Payments go to the earliest installments first, so every installment from the plan's first unpaid
 * one on is unpaid; what is owed on each is its amount less what payments cover beyond the earlier ones.
 * A plan closing ended is owed nothing more (a reopened case keeps it ended): it is left out.
 */
export const installmentsOfOfficerDaySql = () => `
          SELECT i.id, i.number, i.due_date::text AS "dueDate", i.amount_fen::bigint AS "amountFen",
                 least(i.amount_fen, (SELECT sum(x.amount_fen) FROM installments x
                                       WHERE x.plan_id = i.plan_id AND x.number <= i.number) - p.paid_fen)::bigint AS "owedFen",
                 i.due_date < $2::date AS missed, $2::date - i.due_date AS "daysLate",
                 p.id AS "planId", p.case_id AS "caseId", p.debt_id,
                 count(*) OVER (PARTITION BY i.due_date < $2::date)::int AS total,
                 row_number() OVER (PARTITION BY i.due_date < $2::date ORDER BY i.due_date, i.id) AS rank
            FROM repayment_plans p
            JOIN installments i ON i.plan_id = p.id AND i.due_date >= p.next_unpaid_due_on AND i.due_date < $2::date + 7
           WHERE p.officer_id = $1 AND p.case_open AND p.ended_on IS NULL AND p.next_unpaid_due_on < $2::date + 7`;

/** Per officer of `officers` (a relation of ids): follow-ups unanswered and due before `now`. */
export const lateFollowUpsPerOfficerSql = (officers: string, now: string) => `
    SELECT k.officer_id, count(*)::int AS n FROM ${officers} o JOIN contacts k ON k.officer_id = o.id
     WHERE k.case_open AND NOT k.answered AND k.next_follow_up_at < ${now}
     GROUP BY k.officer_id`;

/** Per officer of `officers`: installments missed (unpaid and due before `today`, a date) on open cases. */
export const missedInstallmentsPerOfficerSql = (officers: string, today: string) => `
    SELECT p.officer_id, count(*)::int AS n FROM ${officers} o JOIN repayment_plans p ON p.officer_id = o.id
      JOIN installments i ON i.plan_id = p.id AND i.due_date >= p.next_unpaid_due_on AND i.due_date < ${today}::date
     WHERE p.case_open AND p.ended_on IS NULL AND p.next_unpaid_due_on < ${today}::date
     GROUP BY p.officer_id`;

/**
 * Per officer of `officers`: plans agreed between the instants `start` and `end`, per currency of the
 * debt, [total, saved]. A plan the client defaulted on (enough installments missed by `today`), or one
 * that closing the case ended unpaid, stops counting: neither will be paid as agreed.
 */
export const agreedPerOfficerSql = (officers: string, start: string, end: string, today: string) => `
    SELECT t.officer_id, jsonb_object_agg(t.currency, jsonb_build_array(t.total, t.saved)) AS by_currency FROM (
      SELECT p.officer_id, d.currency, sum(p.total_fen) AS total, sum(p.saved_fen) AS saved
        FROM ${officers} o JOIN repayment_plans p ON p.officer_id = o.id ${joinDebt('d', 'p.debt_id')}
       WHERE p.created_at >= ${start} AND p.created_at < ${end} AND p.ended_on IS NULL
         AND (p.next_unpaid_due_on IS NULL OR (
              SELECT count(*) FROM installments i
               WHERE i.plan_id = p.id AND i.due_date >= p.next_unpaid_due_on
                 AND i.due_date <= ${today}::date - ${DEFAULT_PLAN_RULES.missedAfterDays}) < ${DEFAULT_PLAN_RULES.defaultAfterMissed})
       GROUP BY p.officer_id, d.currency) t
     GROUP BY t.officer_id`;
