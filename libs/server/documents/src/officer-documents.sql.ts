/*
 * What the officer's day and the team's workload read of document requirements: documents owns the
 * table, workload composes these with the other features' (one statement each, no loop). A requirement
 * carries whose case it is and whether the case is open (kept by triggers).
 */

/** An officer's day, papers received and waiting to be checked: $1 officer; counted, first `limit`. */
export const documentsToVerifySql = (
  limit: number,
) => `SELECT d.id, d.kind, d.received_at AS "receivedAt", d.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM document_requirements d
          WHERE d.officer_id = $1 AND d.case_open AND d.status = 'received'
          ORDER BY d.received_at, d.id LIMIT ${limit}`;

/** An officer's day, papers asked for and late: $1 officer, $2 today; counted, first `limit`. */
export const documentsOverdueSql = (
  limit: number,
) => `SELECT d.id, d.kind, d.status, d.due_on::text AS "dueOn", $2::date - d.due_on AS "daysLate",
                d.case_id AS "caseId", count(*) OVER ()::int AS total
           FROM document_requirements d
          WHERE d.officer_id = $1 AND d.case_open AND d.status IN ('requested', 'rejected') AND d.due_on < $2::date
          ORDER BY d.due_on, d.id LIMIT ${limit}`;

/** Per officer of `officers` (a relation of ids): papers asked for and late on `today` (a date). */
export const lateDocumentsPerOfficerSql = (officers: string, today: string) => `
    SELECT d.officer_id, count(*)::int AS n FROM ${officers} o JOIN document_requirements d ON d.officer_id = o.id
     WHERE d.case_open AND d.status IN ('requested', 'rejected') AND d.due_on < ${today}::date
     GROUP BY d.officer_id`;
