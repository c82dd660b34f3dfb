import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the case policy needs on record: when a client withdrew consent (never-given and withdrawn
 * differ: withdrawal stops work already begun); when a plan started and when, and with which outcome,
 * closing ended it; a manager's exception to a creditor's longest plan, with the reason.
 */
export class CasePolicy1765872000000 implements MigrationInterface {
  name = 'CasePolicy1765872000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clients ADD COLUMN consent_withdrawn_at timestamptz`);
    await q.query(`ALTER TABLE repayment_plans ADD COLUMN starts_on date`);
    await q.query(`UPDATE repayment_plans SET starts_on = created_at::date`);
    await q.query(`ALTER TABLE repayment_plans ALTER COLUMN starts_on SET NOT NULL`);
    await q.query(`ALTER TABLE repayment_plans ADD COLUMN ended_on date`);
    await q.query(`ALTER TABLE repayment_plans ADD COLUMN ended_outcome text`);
    await q.query(
      `ALTER TABLE repayment_plans ADD CONSTRAINT repayment_plans_ended_check CHECK ((ended_on IS NULL) = (ended_outcome IS NULL))`,
    );
    await q.query(`ALTER TABLE proposals ADD COLUMN limit_exception_reason text`);
    await q.query(`ALTER TABLE proposals ADD COLUMN limit_exception_by uuid REFERENCES users (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals DROP COLUMN limit_exception_by, DROP COLUMN limit_exception_reason`);
    await q.query(
      `ALTER TABLE repayment_plans DROP CONSTRAINT repayment_plans_ended_check, DROP COLUMN ended_outcome, DROP COLUMN ended_on, DROP COLUMN starts_on`,
    );
    await q.query(`ALTER TABLE clients DROP COLUMN consent_withdrawn_at`);
  }
}
