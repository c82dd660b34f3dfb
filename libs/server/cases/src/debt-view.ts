import {
  accruedChargesFen,
  cardRiskClass,
  daysOverdue,
  lprCapCheck,
  overdueBucket,
  type LprCapCheck,
  type LprRow,
  type PenaltyRule,
} from '@accord/domain';
import { penaltyRuleOf, type PenaltyColumns } from '@accord/server-creditors';
import type { Debt } from './debt.entity';
import type { DebtView } from './views/debt.view';

export interface CreditorSummary extends PenaltyColumns {
  id: string;
  name: string;
  product: string;
  maxInstallmentMonths: number | null;
  checkLprCap: boolean;
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

/**
 * The creditor rule's yearly cost against 4 × the one-year LPR at the contract date, for the creditors
 * the catalog marks as checked (private and online lending); null for the others, where the line is not
 * the courts' measure. `lprTable` is the admin-kept table (LprRatesService.table()).
 */
function lprCheckOf(debt: Debt, creditor: CreditorSummary, lprTable: readonly LprRow[]): LprCapCheck | null {
  if (!creditor.checkLprCap) return null;
  return lprCapCheck({ rule: ruleOf(creditor), contractDate: debt.contractDate, table: lprTable });
}

/** A debt as shown: days overdue and penalty accrued are derived on reading, so they are never stale. */
export function toDebtView(
  debt: Debt,
  creditor: CreditorSummary,
  today: string,
  lprTable: readonly LprRow[],
): DebtView {
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
    contractDate: debt.contractDate,
    lprCheck: lprCheckOf(debt, creditor, lprTable),
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
