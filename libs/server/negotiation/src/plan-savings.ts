import { savingsAtAgreement, type PenaltyRule } from '@accord/domain';
import type { EntityManager } from 'typeorm';

/**
 * What an agreement on this debt saves the client, worked out from the debt and its creditor's penalty
 * rule as they stand on the day the creditor says yes (agreedOn); kept on the plan so the firm's record
 * does not move. The plan's length plays no part: penalty after that day is a projection, not savings.
 */
export async function savingsOfAgreement(
  manager: EntityManager,
  debtId: string,
  planTotalFen: number,
  agreedOn: string,
): Promise<{ withoutAgreementFen: number; savedFen: number }> {
  const [debt]: {
    principal_fen: string;
    outstanding_fen: string;
    overdue_fen: string;
    overdue_since: string | null;
    penalty_daily_rate_bp: number;
    penalty_base: PenaltyRule['base'];
    penalty_cap_bp: number | null;
  }[] = await manager.query(
    `SELECT d.principal_fen, d.outstanding_fen, d.overdue_fen, d.overdue_since::text AS overdue_since,
            r.penalty_daily_rate_bp, r.penalty_base, r.penalty_cap_bp
       FROM debts d JOIN creditors r ON r.id = d.creditor_id WHERE d.id = $1`,
    [debtId],
  );
  return savingsAtAgreement(
    {
      principalFen: Number(debt.principal_fen),
      outstandingFen: Number(debt.outstanding_fen),
      overdueFen: Number(debt.overdue_fen),
      overdueSince: debt.overdue_since,
    },
    { dailyRateBp: debt.penalty_daily_rate_bp, base: debt.penalty_base, capBp: debt.penalty_cap_bp },
    planTotalFen,
    agreedOn,
  );
}
