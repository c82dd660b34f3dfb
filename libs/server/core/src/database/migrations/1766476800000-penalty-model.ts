import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The creditors' penalty rules as they write them: a daily rate in parts per million (0.035 % a day =
 * 350, which whole basis points could not hold), compounding, a yearly-rate cap beside the share cap,
 * and the card late fee (違約金) on the unpaid minimum, which bears no interest. Debts may carry the
 * minimum payment left unpaid, for that fee. Existing rates convert exactly (1 bp of a percent = 100 ppm).
 */
export class PenaltyModel1766476800000 implements MigrationInterface {
  name = 'PenaltyModel1766476800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors
        ADD COLUMN penalty_daily_rate_ppm integer CHECK (penalty_daily_rate_ppm BETWEEN 0 AND 100000),
        ADD COLUMN penalty_compounding text NOT NULL DEFAULT 'none' CHECK (penalty_compounding IN ('none', 'monthly')),
        ADD COLUMN penalty_yearly_cap_bp integer CHECK (penalty_yearly_cap_bp BETWEEN 0 AND 1000000),
        ADD COLUMN late_fee jsonb NOT NULL DEFAULT '{"kind": "none"}'
          CHECK (late_fee->>'kind' IN ('none', 'share_of_minimum', 'fixed'))`);
    await q.query(`UPDATE creditors SET penalty_daily_rate_ppm = penalty_daily_rate_bp * 100`);
    await q.query(`ALTER TABLE creditors ALTER COLUMN penalty_daily_rate_ppm SET NOT NULL`);
    await q.query(`ALTER TABLE creditors DROP COLUMN penalty_daily_rate_bp`);
    await q.query(`ALTER TABLE debts ADD COLUMN minimum_due_fen bigint CHECK (minimum_due_fen >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE debts DROP COLUMN minimum_due_fen`);
    await q.query(`ALTER TABLE creditors ADD COLUMN penalty_daily_rate_bp integer`);
    // Whole basis points only: a rate between them rounds down, as the old model could not hold it.
    await q.query(`UPDATE creditors SET penalty_daily_rate_bp = penalty_daily_rate_ppm / 100`);
    await q.query(`ALTER TABLE creditors ALTER COLUMN penalty_daily_rate_bp SET NOT NULL`);
    await q.query(`
      ALTER TABLE creditors DROP COLUMN penalty_daily_rate_ppm, DROP COLUMN penalty_compounding,
        DROP COLUMN penalty_yearly_cap_bp, DROP COLUMN late_fee`);
  }
}
