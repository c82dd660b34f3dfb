import { joinOfficerOfTeam } from '@accord/server-users';

/*
 * What the workload reports read of cases, per officer: each a statement or a CTE body that workload
 * composes with the other features' into one statement (one round trip, no loop). `officers` names the
 * relation of the officers asked about (id); placeholders are passed in.
 */

/** Per officer: open cases per stage (by_stage: stage → count), from case_counts, which a trigger on cases keeps exact. */
export const openCasesByStagePerOfficerSql = (officers: string) => `
    SELECT k.officer_id, jsonb_object_agg(k.stage, k.n) FILTER (WHERE k.stage <> 'closed' AND k.n > 0) AS by_stage
      FROM case_counts k JOIN ${officers} o ON o.id = k.officer_id GROUP BY k.officer_id`;

/**
 * Per officer and stage, and per stage over them all (officer_id null): the median days of the stays that
 * ended between the instants `from` and `to`, from case_stage_stays, which a trigger on cases keeps.
 */
export const medianDaysPerStageSql = (officers: string, from: string, to: string) => `
    SELECT s.officer_id, s.stage,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.left_at - s.entered_at)) / 86400)::numeric, 1) AS days
      FROM ${officers} o JOIN case_stage_stays s ON s.officer_id = o.id AND s.left_at >= ${from} AND s.left_at < ${to}
     WHERE s.stage <> 'closed'
     GROUP BY GROUPING SETS ((s.officer_id, s.stage), (s.stage))`;

/** Per officer: money on cases talking with creditors, per currency (currency, fen rows before grouping). */
export const underNegotiationPerOfficerSql = (officers: string) => `
    SELECT t.officer_id, jsonb_object_agg(t.currency, t.fen) AS by_currency FROM (
      SELECT c.officer_id, e.key AS currency, sum((e.value ->> 'outstandingFen')::bigint) AS fen
        FROM ${officers} o JOIN cases c ON c.officer_id = o.id AND c.stage IN ('creditor_contact', 'negotiating')
       CROSS JOIN LATERAL jsonb_each(c.totals_by_currency) e
       GROUP BY c.officer_id, e.key) t
     GROUP BY t.officer_id`;

/** Per officer: cases opened between the dates `from` and `to`, and how many reached each funnel step. */
export const openedPerOfficerSql = (officers: string, from: string, to: string) => `
    SELECT c.officer_id, count(*)::int AS n,
           array[count(*), count(*) FILTER (WHERE c.furthest_step >= 1), count(*) FILTER (WHERE c.furthest_step >= 2),
                 count(*) FILTER (WHERE c.furthest_step >= 3), count(*) FILTER (WHERE c.furthest_step >= 4),
                 count(*) FILTER (WHERE c.furthest_step >= 5), count(*) FILTER (WHERE c.furthest_step >= 6)]::int[] AS reached
      FROM ${officers} o JOIN cases c ON c.officer_id = o.id AND c.opened_on BETWEEN ${from} AND ${to} GROUP BY c.officer_id`;

/** Per officer: cases closed between the dates `from` and `to`, and their outcomes. */
export const closedPerOfficerSql = (officers: string, from: string, to: string) => `
    SELECT officer_id, sum(n)::int AS n, jsonb_object_agg(outcome, n) FILTER (WHERE outcome IS NOT NULL) AS outcomes FROM (
      SELECT c.officer_id, c.outcome, count(*)::int AS n
        FROM ${officers} o JOIN cases c ON c.officer_id = o.id AND c.closed_on BETWEEN ${from} AND ${to}
       GROUP BY c.officer_id, c.outcome) s GROUP BY officer_id`;

/** Per officer: open cases with no activity since `staleBefore`. */
export const stalePerOfficerSql = (officers: string, staleBefore: string) => `
    SELECT c.officer_id, count(*)::int AS n
      FROM ${officers} o JOIN cases c ON c.officer_id = o.id AND c.stage <> 'closed' AND c.last_activity_at < ${staleBefore}
     GROUP BY c.officer_id`;

/** Joins every open case of the officer `officerId` as `alias`, keeping officers without any (LEFT JOIN). */
export const leftJoinOpenCasesOf = (alias: string, officerId: string) =>
  `LEFT JOIN cases ${alias} ON ${alias}.officer_id = ${officerId} AND ${alias}.stage <> 'closed'`;

/**
 * An officer's day, stale cases: $1 officer, $2 quiet since (instant), $3 today, $4 time zone; counted
 * (`total`) and the first `limit` kept, each carrying "caseId".
 */
export const staleCasesOfOfficerSql = (
  limit: number,
) => `SELECT c.id AS "caseId", c.stage, c.last_activity_at AS "lastActivityAt",
                ($3::date - (c.last_activity_at AT TIME ZONE $4)::date) AS "daysQuiet", count(*) OVER ()::int AS total
           FROM cases c
          WHERE c.officer_id = $1 AND c.stage <> 'closed' AND c.last_activity_at < $2::timestamptz
          ORDER BY c.last_activity_at, c.id LIMIT ${limit}`;

/** Joins the case `caseId` names as `alias`, kept only if its officer is on `team` (null: any team). */
export const joinCaseOfTeam = (alias: string, caseId: string, team: string) =>
  `JOIN cases ${alias} ON ${alias}.id = ${caseId} ${joinOfficerOfTeam(`${alias}_officer`, `${alias}.officer_id`, team)}`;
