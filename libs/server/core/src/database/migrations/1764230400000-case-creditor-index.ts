import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list filters by creditor and litigation risk across a whole firm. An EXISTS over debts made
 * that a hash join of every case; the creditors of a case, kept on the case with a GIN index, make it a
 * bitmap lookup. Kept up to date in the same transaction as the debts (see refreshCaseTotals).
 */
export class CaseCreditorIndex1764230400000 implements MigrationInterface {
  name = 'CaseCreditorIndex1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN creditor_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE cases c SET creditor_ids = t.ids
        FROM (SELECT case_id, array_agg(DISTINCT creditor_id ORDER BY creditor_id) AS ids FROM debts GROUP BY case_id) t
       WHERE c.id = t.case_id`);
    await q.query(`CREATE INDEX cases_creditor_ids_idx ON cases USING gin (creditor_ids)`);
    await q.query(`CREATE INDEX cases_litigation_risk_idx ON cases (litigation_risk, opened_on DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_litigation_risk_idx`);
    await q.query(`DROP INDEX cases_creditor_ids_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN creditor_ids`);
  }
}
