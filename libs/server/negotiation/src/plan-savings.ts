import { savingsAtAgreement } from '@accord/domain';
import { Debt } from '@accord/server-cases';
import { Creditor, penaltyRuleOf } from '@accord/server-creditors';
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
  const debt = await manager.getRepository(Debt).findOneByOrFail({ id: debtId });
  const creditor = await manager.getRepository(Creditor).findOneByOrFail({ id: debt.creditorId });
  return savingsAtAgreement(debt, penaltyRuleOf(creditor), planTotalFen, agreedOn);
}
