import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan kinds as creditors write them, and payments that say where their money went.
 * - Waiving accrued penalty stops being a kind (it was always a term, `waived_penalty_fen`, any kind may
 *   carry): a `penalty_waiver` proposal becomes installments when it ran over several months, a lump sum
 *   otherwise, its waiver kept.
 * - A proposal states the creditor's charge on the plan: none, a monthly fee on the base, or a yearly rate
 *   on the balance left. The interest rate in basis points that proposals stored and nothing read becomes
 *   a yearly rate (bp × 100 = ppm). Plans agreed before keep the installments they were built with, so they
 *   carry no charge: what was scheduled is what is owed.
 * - A repayment plan keeps its base, its charges and the charge terms; each installment the part of its
 *   amount that is charge.
 * - A payment names its payee (the creditor's account or app; anyone else is refused by the case policy).
 *   Payments recorded before were never asked: `unrecorded`, which no new payment may use.
 * - Where each payment's money went: `payment_allocations`, one row per installment it paid, with the
 *   days it came late; what went beyond the last installment is the payment's credit. Existing payments
 *   are allocated as the plan status always counted them: in the order paid, earliest installment first.
 */
export class PlanKindsPayments1766649600000 implements MigrationInterface {
  name = 'PlanKindsPayments1766649600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE proposals SET kind = CASE WHEN coalesce(months, 1) > 1 THEN 'installments' ELSE 'lump_sum' END
       WHERE kind = 'penalty_waiver'`);
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_kind_check`);
    await q.query(`
      ALTER TABLE proposals
        ADD CONSTRAINT proposals_kind_check CHECK (kind IN ('deferral', 'installments', 'interest_freeze', 'lump_sum')),
        ADD COLUMN charge_kind text NOT NULL DEFAULT 'none' CHECK (charge_kind IN ('none', 'monthly_fee', 'annual_rate')),
        ADD COLUMN charge_rate_ppm integer NOT NULL DEFAULT 0 CHECK (charge_rate_ppm BETWEEN 0 AND 1000000)`);
    await q.query(`
      UPDATE proposals SET charge_kind = 'annual_rate', charge_rate_ppm = least(interest_rate_bp * 100, 1000000)
       WHERE interest_rate_bp > 0 AND kind <> 'interest_freeze'`);
    await q.query(`
      ALTER TABLE proposals
        ADD CONSTRAINT proposals_charge_check CHECK ((charge_kind = 'none') = (charge_rate_ppm = 0)),
        ADD CONSTRAINT proposals_freeze_no_charge CHECK (kind <> 'interest_freeze' OR charge_kind = 'none'),
        DROP COLUMN interest_rate_bp`);

    await q.query(`
      ALTER TABLE repayment_plans
        ADD COLUMN base_fen bigint,
        ADD COLUMN charges_fen bigint NOT NULL DEFAULT 0 CHECK (charges_fen >= 0),
        ADD COLUMN charge_kind text NOT NULL DEFAULT 'none' CHECK (charge_kind IN ('none', 'monthly_fee', 'annual_rate')),
        ADD COLUMN charge_rate_ppm integer NOT NULL DEFAULT 0 CHECK (charge_rate_ppm BETWEEN 0 AND 1000000),
        ADD COLUMN waived_penalty_fen bigint NOT NULL DEFAULT 0 CHECK (waived_penalty_fen >= 0)`);
    await q.query(`
      UPDATE repayment_plans p SET base_fen = p.total_fen,
             waived_penalty_fen = (SELECT o.waived_penalty_fen FROM proposals o WHERE o.id = p.proposal_id)`);
    await q.query(`
      ALTER TABLE repayment_plans ALTER COLUMN base_fen SET NOT NULL,
        ADD CONSTRAINT repayment_plans_total_check CHECK (total_fen = base_fen + charges_fen)`);
    await q.query(`
      ALTER TABLE installments
        ADD COLUMN charge_fen bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT installments_charge_check CHECK (charge_fen >= 0 AND charge_fen <= amount_fen)`);

    await q.query(`
      ALTER TABLE payments
        ADD COLUMN payee_kind text NOT NULL DEFAULT 'unrecorded'
          CHECK (payee_kind IN ('creditor_account', 'creditor_app', 'someone_else', 'unrecorded')),
        ADD COLUMN payee_name text CHECK (length(payee_name) BETWEEN 1 AND 200),
        ADD COLUMN payee_account text CHECK (length(payee_account) BETWEEN 1 AND 100),
        ADD COLUMN credit_fen bigint NOT NULL DEFAULT 0 CHECK (credit_fen >= 0)`);
    // Only old rows are unrecorded: a new payment must say who was paid.
    await q.query(`ALTER TABLE payments ALTER COLUMN payee_kind DROP DEFAULT`);
    await q.query(`
      CREATE TABLE payment_allocations (
        payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
        installment_id uuid NOT NULL REFERENCES installments (id) ON DELETE CASCADE,
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        days_late integer NOT NULL CHECK (days_late >= 0),
        PRIMARY KEY (payment_id, installment_id)
      )`);
    await q.query(`CREATE INDEX payment_allocations_installment_idx ON payment_allocations (installment_id)`);
    // Each installment covers a stretch of the plan's running total, each payment another: the money a
    // payment gave an installment is where the two stretches overlap.
    await q.query(`
      WITH i AS (
        SELECT id, plan_id, due_date, amount_fen,
               sum(amount_fen) OVER (PARTITION BY plan_id ORDER BY number) AS upto
          FROM installments),
      p AS (
        SELECT id, plan_id, paid_on, amount_fen,
               sum(amount_fen) OVER (PARTITION BY plan_id ORDER BY paid_on, created_at, id) AS upto
          FROM payments)
      INSERT INTO payment_allocations (payment_id, installment_id, amount_fen, days_late)
      SELECT p.id, i.id,
             least(i.upto, p.upto) - greatest(i.upto - i.amount_fen, p.upto - p.amount_fen),
             greatest(0, p.paid_on - i.due_date)
        FROM p JOIN i ON i.plan_id = p.plan_id
       WHERE least(i.upto, p.upto) > greatest(i.upto - i.amount_fen, p.upto - p.amount_fen)`);
    await q.query(`
      UPDATE payments y SET credit_fen = y.amount_fen
        - coalesce((SELECT sum(a.amount_fen) FROM payment_allocations a WHERE a.payment_id = y.id), 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_allocations`);
    await q.query(
      `ALTER TABLE payments DROP COLUMN credit_fen, DROP COLUMN payee_account, DROP COLUMN payee_name, DROP COLUMN payee_kind`,
    );
    await q.query(
      `ALTER TABLE installments DROP CONSTRAINT installments_charge_check, DROP COLUMN charge_fen`,
    );
    await q.query(`
      ALTER TABLE repayment_plans DROP CONSTRAINT repayment_plans_total_check, DROP COLUMN waived_penalty_fen,
        DROP COLUMN charge_rate_ppm, DROP COLUMN charge_kind, DROP COLUMN charges_fen, DROP COLUMN base_fen`);
    await q.query(`ALTER TABLE proposals ADD COLUMN interest_rate_bp integer CHECK (interest_rate_bp >= 0)`);
    await q.query(`
      UPDATE proposals SET interest_rate_bp = charge_rate_ppm / 100 WHERE charge_kind = 'annual_rate'`);
    await q.query(`
      ALTER TABLE proposals DROP CONSTRAINT proposals_freeze_no_charge, DROP CONSTRAINT proposals_charge_check,
        DROP COLUMN charge_rate_ppm, DROP COLUMN charge_kind, DROP CONSTRAINT proposals_kind_check,
        ADD CONSTRAINT proposals_kind_check
          CHECK (kind IN ('deferral', 'installments', 'interest_freeze', 'penalty_waiver', 'lump_sum'))`);
  }
}
