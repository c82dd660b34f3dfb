import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists order by a column and then by id in the same direction. An index on (column DESC, id) serves
 * neither direction for that pair and made PostgreSQL sort; (column, id) is read forwards for ascending
 * and backwards for descending lists.
 */
export class CaseListIndexes1764748800000 implements MigrationInterface {
  name = 'CaseListIndexes1764748800000';

  private readonly indexes: [string, string][] = [
    ['cases_officer_opened_idx', '(officer_id, opened_on, id)'],
    ['cases_officer_stage_idx', '(officer_id, stage, opened_on, id)'],
    ['cases_stage_opened_idx', '(stage, opened_on, id)'],
    ['cases_opened_idx', '(opened_on, id)'],
    ['cases_outstanding_idx', '(total_outstanding_fen, id)'],
    ['cases_litigation_risk_idx', '(litigation_risk, opened_on, id)'],
  ];

  async up(q: QueryRunner): Promise<void> {
    for (const [name, columns] of this.indexes) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON cases ${columns}`);
    }
    await q.query(
      `CREATE INDEX cases_officer_outstanding_idx ON cases (officer_id, total_outstanding_fen, id)`,
    );
    await q.query(`CREATE INDEX cases_officer_activity_idx ON cases (officer_id, last_activity_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_officer_activity_idx`);
    await q.query(`DROP INDEX cases_officer_outstanding_idx`);
  }
}
