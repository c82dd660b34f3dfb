import type { Currency } from '@accord/contracts';

/** What one plan saves the client, as fixed when the creditor accepted. */
export class PlanSavings {
  planId!: string;

  currency!: Currency;

  /** What the plan costs in all. */
  planTotalFen!: number;

  /**
   * What the creditor claimed on the day of agreement: outstanding plus the penalty accrued to that day.
   * @example 5600000
   */
  withoutAgreementFen!: number;

  /** @example 600000 */
  savingsFen!: number;
}

/** The savings of a case's plans in one currency (yuan and Taiwan dollars are never added). */
export class CurrencySavings {
  currency!: Currency;

  withoutAgreementFen!: number;

  planTotalFen!: number;

  savingsFen!: number;
}

/** What the firm saved the client of a case: per plan, and per currency of the debts. */
export class CaseSavings {
  plans!: PlanSavings[];

  /** One row per currency some plan is in. */
  totals!: CurrencySavings[];
}
