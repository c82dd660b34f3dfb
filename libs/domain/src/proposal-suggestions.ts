import type { CreditorProduct } from '@accord/contracts';
import type { Fen } from './money';
import { accruedChargesFen, daysOverdue, type PenaltyRule } from './penalty';

/** Personalised card installments (個性化分期): 60 months, when the creditor's own limit is not known. */
export const CARD_PERSONALISED_MAX_MONTHS = 60;
export const DEFAULT_MAX_MONTHS = 36;
const MONTH_STEPS = [3, 6, 9, 12, 18, 24, 36, 48, 60, 72, 84, 96, 120];

export interface SuggestionInput {
  principalFen: Fen;
  outstandingFen: Fen;
  overdueFen: Fen;
  overdueSince: string | null;
  /** The minimum payment left unpaid, for a card's late fee. */
  minimumDueFen?: Fen | null;
  rule: PenaltyRule;
  product: CreditorProduct;
  /** The creditor's longest plan, when known. */
  maxMonths: number | null;
  /** What the client can put towards this debt each month. */
  capacityFen: Fen;
  today: string;
}

export interface Suggestion {
  kind: 'installments' | 'interest_freeze';
  months: number;
  monthlyFen: Fen;
  totalFen: Fen;
  /** Penalty already accrued that the plan asks the creditor to waive. */
  waivedPenaltyFen: Fen;
  /** What the creditor claims today: outstanding plus the penalty accrued so far (capped). */
  withoutAgreementFen: Fen;
  /** What the plan saves against that claim (never below nothing, never the penalty still to come). */
  savingsFen: Fen;
}

/**
 * The creditor's longest plan is its catalog data (a Taiwan bank's 前置協商 runs 10 years); the card
 * default of 60 months applies only when the catalog says nothing.
 */
export function longestPlan(product: CreditorProduct, maxMonths: number | null): number {
  return maxMonths ?? (product === 'credit_card' ? CARD_PERSONALISED_MAX_MONTHS : DEFAULT_MAX_MONTHS);
}

/**
 * Plans that fit both the creditor's limit and the client's capacity: for a plain installment plan (the
 * penalty accrued so far included) and for 停息掛賬 (interest frozen, the accrued penalty waived), the
 * shortest plan whose monthly payment fits, and the longest one allowed (the lowest payment).
 */
export function suggestPlans(input: SuggestionInput): Suggestion[] {
  const limit = longestPlan(input.product, input.maxMonths);
  // Penalty and late fees so far: what a plain plan carries and 停息掛賬 asks the creditor to waive.
  const accruedNow = accruedChargesFen(
    input.rule,
    input,
    daysOverdue(input.overdueSince, input.today),
  ).totalFen;
  const steps = [...new Set([...MONTH_STEPS.filter((m) => m <= limit), limit])].sort((a, b) => a - b);
  const out: Suggestion[] = [];
  for (const kind of ['installments', 'interest_freeze'] as const) {
    const totalFen = kind === 'installments' ? input.outstandingFen + accruedNow : input.outstandingFen;
    if (totalFen <= 0) continue;
    const fits = steps.filter((m) => Math.ceil(totalFen / m) <= input.capacityFen);
    for (const months of [...new Set([fits[0], fits[fits.length - 1]])].filter((m) => m !== undefined)) {
      // Savings are counted against today's claim, as at acceptance: a longer plan saves no more.
      const withoutAgreementFen = input.outstandingFen + accruedNow;
      out.push({
        kind,
        months,
        monthlyFen: Math.ceil(totalFen / months),
        totalFen,
        waivedPenaltyFen: kind === 'interest_freeze' ? accruedNow : 0,
        withoutAgreementFen,
        savingsFen: Math.max(0, withoutAgreementFen - totalFen),
      });
    }
  }
  return out;
}
