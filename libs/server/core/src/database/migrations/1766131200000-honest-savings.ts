import { frozenSavings, type FrozenSimpleRule } from './frozen-simple-savings';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Savings were counted against what the client would owe at the plan's last due date, so a longer plan
 * "saved" more. They are now what the creditor claimed on the day of agreement (the plan's creation,
 * in the firm's default time zone) minus the plan's total, never below nothing: every plan is recomputed.
 */
export class HonestSavings1766131200000 implements MigrationInterface {
  name = 'HonestSavings1766131200000';

  async up(q: QueryRunner): Promise<void> {
    const plans: {
      id: string;
      total_fen: string;
      agreed_on: string;
      principal_fen: string;
      outstanding_fen: string;
      overdue_fen: string;
      overdue_since: string | null;
      penalty_daily_rate_bp: number;
      penalty_base: FrozenSimpleRule['base'];
      penalty_cap_bp: number | null;
    }[] = await q.query(`
      SELECT p.id, p.total_fen, (p.created_at AT TIME ZONE 'Asia/Taipei')::date::text AS agreed_on,
             d.principal_fen, d.outstanding_fen, d.overdue_fen, d.overdue_since::text AS overdue_since,
             r.penalty_daily_rate_bp, r.penalty_base, r.penalty_cap_bp
        FROM repayment_plans p JOIN debts d ON d.id = p.debt_id JOIN creditors r ON r.id = d.creditor_id`);
    for (const p of plans) {
      const saved = frozenSavings(
        {
          principalFen: Number(p.principal_fen),
          outstandingFen: Number(p.outstanding_fen),
          overdueFen: Number(p.overdue_fen),
          overdueSince: p.overdue_since,
        },
        { dailyRateBp: p.penalty_daily_rate_bp, base: p.penalty_base, capBp: p.penalty_cap_bp },
        Number(p.total_fen),
        p.agreed_on,
      );
      await q.query(`UPDATE repayment_plans SET without_agreement_fen = $2, saved_fen = $3 WHERE id = $1`, [
        p.id,
        saved.withoutAgreementFen,
        saved.savedFen,
      ]);
    }
    // The firm's kept workload snapshots hold the old savings and one sum of every currency: the
    // worker takes a new one within a minute.
    await q.query(`DELETE FROM workload_snapshots`);
  }

  async down(): Promise<void> {
    // The old figures were wrong; there is nothing worth putting back.
  }
}
