import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A financial statement is written in one currency, fixed when it is recorded (a Taiwan client earns and
 * spends Taiwan dollars). Existing statements take the one currency of their case's open debts, else of all
 * its debts; a case with debts in both, or none, keeps yuan, which is what the form's ¥ said when they were
 * typed. Timeline entries about money say their currency from now on; the existing ones are given the
 * currency of the debt (or statement) they were about, so a Taiwan debt's old entries stop reading as yuan.
 */
export class StatementCurrency1766217600000 implements MigrationInterface {
  name = 'StatementCurrency1766217600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE financial_statements ADD COLUMN currency text CHECK (currency IN ('CNY', 'TWD'))`,
    );
    await q.query(`
      UPDATE financial_statements s SET currency = coalesce(
        (SELECT min(d.currency) FROM debts d WHERE d.case_id = s.case_id AND d.status = 'open'
          HAVING count(DISTINCT d.currency) = 1),
        (SELECT min(d.currency) FROM debts d WHERE d.case_id = s.case_id HAVING count(DISTINCT d.currency) = 1),
        'CNY')`);
    await q.query(`ALTER TABLE financial_statements ALTER COLUMN currency SET NOT NULL`);

    await q.query(`
      UPDATE case_events e SET details = e.details || jsonb_build_object('currency', d.currency)
        FROM debts d
       WHERE e.kind IN ('debt.added', 'debt.updated', 'proposal.drafted', 'proposal.accepted')
         AND NOT e.details ? 'currency' AND d.id::text = e.details->>'debtId'`);
    await q.query(`
      UPDATE case_events e SET details = e.details || jsonb_build_object('currency', d.currency)
        FROM repayment_plans p JOIN debts d ON d.id = p.debt_id
       WHERE e.kind = 'payment.recorded' AND NOT e.details ? 'currency' AND p.id::text = e.details->>'planId'`);
    await q.query(`
      UPDATE case_events e SET details = e.details || jsonb_build_object('currency', s.currency)
        FROM financial_statements s
       WHERE e.kind = 'financial_statement.recorded' AND NOT e.details ? 'currency'
         AND s.id::text = e.details->>'statementId'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE financial_statements DROP COLUMN currency`);
  }
}
