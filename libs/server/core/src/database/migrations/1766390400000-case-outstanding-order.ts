import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list sorted by what is owed added yuan to Taiwan dollars (total_outstanding_fen). It now orders
 * by the outstanding yuan, then the outstanding Taiwan dollars: two columns kept by PostgreSQL from the
 * per-currency totals, each with the indexes the list reads in both directions.
 */
export class CaseOutstandingOrder1766390400000 implements MigrationInterface {
  name = 'CaseOutstandingOrder1766390400000';

  async up(q: QueryRunner): Promise<void> {
    for (const currency of ['cny', 'twd'])
      await q.query(
        `ALTER TABLE cases ADD COLUMN outstanding_${currency}_fen bigint NOT NULL GENERATED ALWAYS AS
           (coalesce((totals_by_currency -> '${currency.toUpperCase()}' ->> 'outstandingFen')::bigint, 0)) STORED`,
      );
    await q.query(`DROP INDEX cases_outstanding_idx`);
    await q.query(`DROP INDEX cases_officer_outstanding_idx`);
    await q.query(
      `CREATE INDEX cases_outstanding_idx ON cases (outstanding_cny_fen, outstanding_twd_fen, id)`,
    );
    await q.query(
      `CREATE INDEX cases_officer_outstanding_idx ON cases (officer_id, outstanding_cny_fen, outstanding_twd_fen, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_officer_outstanding_idx`);
    await q.query(`DROP INDEX cases_outstanding_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN outstanding_twd_fen, DROP COLUMN outstanding_cny_fen`);
    await q.query(`CREATE INDEX cases_outstanding_idx ON cases (total_outstanding_fen, id)`);
    await q.query(
      `CREATE INDEX cases_officer_outstanding_idx ON cases (officer_id, total_outstanding_fen, id)`,
    );
  }
}
