import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole firm's workload for the standard period, worked out by the worker every minute: across a
 * thousand officers some of its figures (medians over every stay, every missed installment) take longer
 * than a page should wait, so the firm-wide view reads this and says how old it is.
 */
export class WorkloadSnapshots1765526400000 implements MigrationInterface {
  name = 'WorkloadSnapshots1765526400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workload_snapshots (
        scope text PRIMARY KEY,
        period_from date NOT NULL,
        period_to date NOT NULL,
        taken_at timestamptz NOT NULL,
        report jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workload_snapshots`);
  }
}
