import { savingsAtAgreement } from '@accord/domain';
import { penaltyRuleOf, type PenaltyColumns } from '@accord/server-creditors';
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
  // Plain SQL: the CLI's seed calls this through a connection that maps no entities.
  const [row]: (PenaltyColumns & {
    principalFen: string;
    outstandingFen: string;
    overdueFen: string;
    minimumDueFen: string | null;
    overdueSince: string | null;
  })[] = await manager.query(
    `SELECT d.principal_fen AS "principalFen", d.outstanding_fen AS "outstandingFen", d.overdue_fen AS "overdueFen",
            d.minimum_due_fen AS "minimumDueFen", d.overdue_since::text AS "overdueSince",
            r.penalty_daily_rate_ppm AS "penaltyDailyRatePpm", r.penalty_base AS "penaltyBase",
            r.penalty_compounding AS "penaltyCompounding", r.penalty_cap_bp AS "penaltyCapBp",
            r.penalty_yearly_cap_bp AS "penaltyYearlyCapBp", r.late_fee AS "lateFee"
       FROM debts d JOIN creditors r ON r.id = d.creditor_id WHERE d.id = $1`,
    [debtId],
  );
  return savingsAtAgreement(
    {
      principalFen: Number(row.principalFen),
      outstandingFen: Number(row.outstandingFen),
      overdueFen: Number(row.overdueFen),
      minimumDueFen: row.minimumDueFen === null ? null : Number(row.minimumDueFen),
      overdueSince: row.overdueSince,
    },
    penaltyRuleOf(row),
    planTotalFen,
    agreedOn,
  );
}
