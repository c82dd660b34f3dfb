import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm's case settings (one row, owned by cases): whether an officer's close waits for a manager.
 * A debt whose principal is above what is outstanding keeps the officer's explanation.
 */
export class CaseSettings1766304000000 implements MigrationInterface {
  name = 'CaseSettings1766304000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_settings (
        id smallint PRIMARY KEY CHECK (id = 1),
        officer_closes_need_manager boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO case_settings (id) VALUES (1)`);
    await q.query(`ALTER TABLE debts ADD COLUMN principal_note text CHECK (length(principal_note) <= 2000)`);
    // The stage a closed case was closed from, so its stepper ticks only the steps it went through.
    await q.query(`ALTER TABLE cases ADD COLUMN closed_from text`);
    await q.query(`
      UPDATE cases c SET closed_from = e.details->>'from'
        FROM (SELECT DISTINCT ON (case_id) case_id, details FROM case_events
               WHERE kind = 'case.stage_changed' AND details->>'to' = 'closed'
               ORDER BY case_id, at DESC, id DESC) e
       WHERE c.id = e.case_id AND c.stage = 'closed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN closed_from`);
    await q.query(`ALTER TABLE debts DROP COLUMN principal_note`);
    await q.query(`DROP TABLE case_settings`);
  }
}
