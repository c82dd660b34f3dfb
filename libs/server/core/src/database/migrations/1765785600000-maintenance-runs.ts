import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each periodic job of the workers (the reminder reconciler) last ran: one row per job, claimed
 * per interval so that one worker of many runs it, and read by health.
 */
export class MaintenanceRuns1765785600000 implements MigrationInterface {
  name = 'MaintenanceRuns1765785600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE maintenance_runs (
        name text PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        result jsonb
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE maintenance_runs`);
  }
}
