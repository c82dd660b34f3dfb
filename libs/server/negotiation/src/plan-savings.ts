import { savingsAtAgreement } from '@accord/domain';
import { debtWithPenaltyRule } from '@accord/server-cases';
import { penaltyRuleOf } from '@accord/server-creditors';
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
  const row = await debtWithPenaltyRule(manager, debtId);
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
