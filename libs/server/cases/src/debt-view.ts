import {
  accruedChargesFen,
  cardRiskClass,
  daysOverdue,
  overdueBucket,
  type PenaltyRule,
} from '@accord/domain';
import { penaltyRuleOf, type PenaltyColumns } from '@accord/server-creditors';
import type { Debt } from './debt.entity';

export interface CreditorSummary extends PenaltyColumns {
  id: string;
  name: string;
  product: string;
  maxInstallmentMonths: number | null;
}

export const ruleOf = (c: CreditorSummary): PenaltyRule => penaltyRuleOf(c);

/** Penalty and late fees to date: what the creditor adds to the debt, apart and together. */
function charges(debt: Debt, creditor: CreditorSummary, days: number) {
  const accrued = accruedChargesFen(ruleOf(creditor), debt, days);
  return {
    penaltyAccruedFen: accrued.penaltyFen,
    lateFeeAccruedFen: accrued.lateFeeFen,
    chargesAccruedFen: accrued.totalFen,
  };
}

/** A debt as shown: days overdue and penalty accrued are derived on reading, so they are never stale. */
export function toDebtView(debt: Debt, creditor: CreditorSummary, today: string) {
  const days = debt.status === 'open' ? daysOverdue(debt.overdueSince, today) : 0;
  return {
    id: debt.id,
    caseId: debt.caseId,
    creditorId: debt.creditorId,
    creditorName: creditor.name,
    product: creditor.product,
    accountReferenceMasked: debt.accountReferenceMasked,
    currency: debt.currency,
    principalFen: debt.principalFen,
    principalNote: debt.principalNote,
    outstandingFen: debt.outstandingFen,
    overdueFen: debt.overdueFen,
    overdueSince: debt.overdueSince,
    status: debt.status,
    excludedReason: debt.excludedReason,
    daysOverdue: days,
    overdueBucket: overdueBucket(days),
    // The five-class rule is the mainland regulator's: a Taiwan card's record keeps its own.
    cardRiskClass: creditor.product === 'credit_card' && debt.currency === 'CNY' ? cardRiskClass(days) : null,
    minimumDueFen: debt.minimumDueFen,
    ...charges(debt, creditor, days),
    createdAt: debt.createdAt.toISOString(),
    updatedAt: debt.updatedAt.toISOString(),
    version: debt.version,
  };
}
export type DebtView = ReturnType<typeof toDebtView>;
