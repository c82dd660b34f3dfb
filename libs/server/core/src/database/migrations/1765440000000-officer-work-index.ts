import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose open rows make up an officer's work, each hanging off a case. */
const WORK_TABLES = ['reminders', 'document_requirements', 'contacts', 'repayment_plans'] as const;

/**
 * Each piece of an officer's work carries whose case it is and whether that case is still open, kept by
 * triggers (copied from the case when the row is written, moved when a case is reassigned, closed or
 * reopened). The officer's day and the team's workload then read small ranges of partial indexes that
 * start with the officer, instead of joining every case of the officer (or of the firm) to every
 * pending item. A contact also knows whether a later contact answered its follow-up.
 */
export class OfficerWorkIndex1765440000000 implements MigrationInterface {
  name = 'OfficerWorkIndex1765440000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of WORK_TABLES) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN officer_id uuid, ADD COLUMN case_open boolean NOT NULL DEFAULT true`,
      );
      await q.query(`
        UPDATE ${table} t SET officer_id = c.officer_id, case_open = c.stage <> 'closed'
          FROM cases c WHERE c.id = t.case_id`);
    }
    await q.query(`
      CREATE FUNCTION case_work_follow_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.case_id IS NOT NULL THEN
          SELECT c.officer_id, c.stage <> 'closed' INTO NEW.officer_id, NEW.case_open FROM cases c WHERE c.id = NEW.case_id;
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of WORK_TABLES)
      await q.query(`
        CREATE TRIGGER ${table}_follow_case BEFORE INSERT OR UPDATE OF case_id ON ${table}
        FOR EACH ROW EXECUTE FUNCTION case_work_follow_case()`);
    await q.query(`
      CREATE FUNCTION case_work_follow_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${WORK_TABLES.map(
          (table) =>
            `UPDATE ${table} SET officer_id = NEW.officer_id, case_open = NEW.stage <> 'closed' WHERE case_id = NEW.id;`,
        ).join('\n        ')}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER cases_work_follows AFTER UPDATE OF officer_id, stage ON cases
      FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id
                         OR (OLD.stage = 'closed') IS DISTINCT FROM (NEW.stage = 'closed'))
      EXECUTE FUNCTION case_work_follow_move()`);

    await q.query(`ALTER TABLE contacts ADD COLUMN answered boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE contacts k SET answered = true
       WHERE EXISTS (SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at)`);
    // A follow-up is answered by any later contact on the case: recomputed for the case on every write.
    await q.query(`
      CREATE FUNCTION contacts_answered_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE affected uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
      BEGIN
        UPDATE contacts k SET answered = EXISTS (
                 SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at)
         WHERE k.case_id = affected;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER contacts_answered AFTER INSERT OR DELETE OR UPDATE OF occurred_at ON contacts
      FOR EACH ROW EXECUTE FUNCTION contacts_answered_track()`);

    await q.query(`
      CREATE INDEX reminders_officer_open_idx ON reminders (officer_id, due_at)
       WHERE recipient = 'officer' AND status IN ('scheduled', 'failed') AND case_open`);
    await q.query(`
      CREATE INDEX reminders_officer_sent_idx ON reminders (officer_id, due_at)
       WHERE recipient = 'officer' AND status = 'sent' AND case_open`);
    await q.query(`
      CREATE INDEX document_requirements_officer_late_idx ON document_requirements (officer_id, due_on)
       WHERE case_open AND status IN ('requested', 'rejected')`);
    await q.query(`
      CREATE INDEX document_requirements_officer_received_idx ON document_requirements (officer_id, received_at)
       WHERE case_open AND status = 'received'`);
    await q.query(`
      CREATE INDEX contacts_officer_follow_up_idx ON contacts (officer_id, next_follow_up_at)
       WHERE case_open AND NOT answered AND next_follow_up_at IS NOT NULL`);
    await q.query(`
      CREATE INDEX repayment_plans_officer_behind_idx ON repayment_plans (officer_id, next_unpaid_due_on)
       WHERE case_open AND next_unpaid_due_on IS NOT NULL`);
    await q.query(`
      CREATE INDEX repayment_plans_officer_created_idx ON repayment_plans (officer_id, created_at)
       INCLUDE (total_fen, saved_fen)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'reminders_officer_open_idx',
      'reminders_officer_sent_idx',
      'document_requirements_officer_late_idx',
      'document_requirements_officer_received_idx',
      'contacts_officer_follow_up_idx',
      'repayment_plans_officer_behind_idx',
      'repayment_plans_officer_created_idx',
    ])
      await q.query(`DROP INDEX ${index}`);
    await q.query(`DROP TRIGGER contacts_answered ON contacts`);
    await q.query(`DROP FUNCTION contacts_answered_track()`);
    await q.query(`ALTER TABLE contacts DROP COLUMN answered`);
    await q.query(`DROP TRIGGER cases_work_follows ON cases`);
    await q.query(`DROP FUNCTION case_work_follow_move()`);
    for (const table of WORK_TABLES) {
      await q.query(`DROP TRIGGER ${table}_follow_case ON ${table}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN officer_id, DROP COLUMN case_open`);
    }
    await q.query(`DROP FUNCTION case_work_follow_case()`);
  }
}
