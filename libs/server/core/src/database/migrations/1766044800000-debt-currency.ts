import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each debt is owed in one currency, from its creditor's market (CN → CNY, TW → TWD) unless an admin
 * says otherwise; a case keeps its totals per currency, since yuan and Taiwan dollars never add up.
 */
export class DebtCurrency1766044800000 implements MigrationInterface {
  name = 'DebtCurrency1766044800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE debts ADD COLUMN currency text CHECK (currency IN ('CNY', 'TWD'))`);
    await q.query(`
      UPDATE debts d SET currency = CASE r.market WHEN 'TW' THEN 'TWD' ELSE 'CNY' END
        FROM creditors r WHERE r.id = d.creditor_id`);
    await q.query(`ALTER TABLE debts ALTER COLUMN currency SET NOT NULL`);
    // No default: a debt written without a currency (import, seed, any later path) takes its creditor's
    // market's, so a Taiwan debt can never slip in as yuan.
    await q.query(`
      CREATE FUNCTION debt_currency_from_market() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT CASE r.market WHEN 'TW' THEN 'TWD' ELSE 'CNY' END INTO NEW.currency
          FROM creditors r WHERE r.id = NEW.creditor_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER debts_currency_from_market BEFORE INSERT ON debts
        FOR EACH ROW WHEN (NEW.currency IS NULL) EXECUTE FUNCTION debt_currency_from_market()`);
    await q.query(`ALTER TABLE cases ADD COLUMN totals_by_currency jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE cases c SET totals_by_currency = t.totals
        FROM (
          SELECT s.case_id, jsonb_object_agg(s.currency, jsonb_build_object('outstandingFen', s.outstanding, 'overdueFen', s.overdue)) AS totals
            FROM (SELECT case_id, currency, sum(outstanding_fen) AS outstanding, sum(overdue_fen) AS overdue
                    FROM debts WHERE status = 'open' GROUP BY case_id, currency) s
           GROUP BY s.case_id
        ) t
       WHERE c.id = t.case_id`);
    // Installment reminders already planned say their amount's currency, so a Taiwan plan's reads NT$.
    await q.query(`
      UPDATE reminders r SET payload = r.payload || jsonb_build_object('currency', d.currency)
        FROM installments i JOIN repayment_plans p ON p.id = i.plan_id JOIN debts d ON d.id = p.debt_id
       WHERE r.subject_type = 'installment' AND r.subject_id = i.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN totals_by_currency`);
    await q.query(`DROP TRIGGER debts_currency_from_market ON debts`);
    await q.query(`DROP FUNCTION debt_currency_from_market()`);
    await q.query(`ALTER TABLE debts DROP COLUMN currency`);
  }
}
