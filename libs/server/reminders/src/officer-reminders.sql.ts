/*
 * What the officer's day and the team's workload read of reminders: reminders owns the table, workload
 * composes these with the other features' (one statement each, no loop). Each reminder carries whose
 * case it is and whether the case is open (kept by triggers), so these read an index that starts with
 * the officer.
 */

/**
 * An officer's day, their reminders: $1 officer, $2..$3 the day's instants. Unsent ones due before the
 * day ends, and those sent today; counted (`total`) and the first `limit` kept, each carrying "caseId".
 */
export const remindersOfOfficerDaySql = (
  limit: number,
) => `SELECT r.id, r.kind, r.status, r.due_at AS "dueAt", r.due_at < $2 AS overdue, r.payload, r.case_id AS "caseId",
                count(*) OVER ()::int AS total
           FROM (SELECT id FROM reminders WHERE officer_id = $1 AND recipient = 'officer' AND case_open
                    AND status IN ('scheduled', 'failed') AND due_at < $3
                 UNION ALL
                 SELECT id FROM reminders WHERE officer_id = $1 AND recipient = 'officer' AND case_open
                    AND status = 'sent' AND due_at >= $2 AND due_at < $3) mine
           JOIN reminders r ON r.id = mine.id
          ORDER BY r.due_at, r.id LIMIT ${limit}`;

/** Per officer of `officers` (a relation of ids): their reminders still unsent at `now`, on open cases. */
export const lateRemindersPerOfficerSql = (officers: string, now: string) => `
    SELECT r.officer_id, count(*)::int AS n FROM ${officers} o JOIN reminders r ON r.officer_id = o.id
     WHERE r.recipient = 'officer' AND r.status IN ('scheduled', 'failed') AND r.case_open AND r.due_at < ${now}
     GROUP BY r.officer_id`;
