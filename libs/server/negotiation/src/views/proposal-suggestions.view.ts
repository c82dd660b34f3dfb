import type { Currency } from '@accord/contracts';
import type { Suggestion } from '@accord/domain';

/** A plan the debt's creditor could accept and the client could keep. */
export class SuggestionView implements Suggestion {
  /** installments: a plain plan, the penalty accrued so far included; interest_freeze: 停息掛賬, it waived. */
  kind!: 'installments' | 'interest_freeze';

  /** @example 24 */
  months!: number;

  /** @example 208334 */
  monthlyFen!: number;

  /** @example 5000000 */
  totalFen!: number;

  /** Penalty already accrued that the plan asks the creditor to waive. */
  waivedPenaltyFen!: number;

  /** What the creditor claims today: outstanding plus the penalty accrued so far (capped). */
  withoutAgreementFen!: number;

  /** What the plan saves against that claim (never below nothing, never the penalty still to come). */
  savingsFen!: number;
}

/**
 * Plans for one debt that fit its share of the client's capacity and its creditor's longest plan, for
 * each kind the shortest that fits and the longest allowed. None while the debt is not open or the case
 * has no current statement in the debt's currency.
 */
export class ProposalSuggestions {
  /** @example 4f1e2b9c-7d3a-4c5e-9a8b-1c2d3e4f5a6b */
  debtId!: string;

  /** The debt's share of the monthly capacity (0 without a statement in its currency). */
  capacityFen!: number;

  hasFinancialStatement!: boolean;

  /** The current statement's currency; null: no statement. */
  statementCurrency!: Currency | null;

  /** The creditor's longest plan in the catalog; null: not known (the product's default applies). */
  creditorMaxMonths!: number | null;

  suggestions!: SuggestionView[];
}
