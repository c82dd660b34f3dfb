import { accruedPenaltyFen, daysOverdue, penaltyBaseFen, type PenaltyRule } from '@accord/domain';
import type { Debt } from './debt.entity';

export interface CreditorSummary {
  id: string;
  name: string;
  product: string;
  penaltyDailyRateBp: number;
  penaltyBase: PenaltyRule['base'];
  penaltyCapBp: number | null;
  maxInstallmentMonths: number | null;
}

export const ruleOf = (c: CreditorSummary): PenaltyRule => ({
  dailyRateBp: c.penaltyDailyRateBp,
  base: c.penaltyBase,
  capBp: c.penaltyCapBp,
});

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
    penaltyAccruedFen: accruedPenaltyFen(penaltyBaseFen(ruleOf(creditor), debt), days, ruleOf(creditor)),
    createdAt: debt.createdAt.toISOString(),
    updatedAt: debt.updatedAt.toISOString(),
    version: debt.version,
  };
}
export type DebtView = ReturnType<typeof toDebtView>;
