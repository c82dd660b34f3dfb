import type { Affordability, CheapestPlanPart, Shortfall } from '@accord/domain';

/** The domain's monthly figures of a statement: what the client can pay each month, and how. */
export class AffordabilityView implements Affordability {
  /** @example 3200000 */
  incomeFen!: number;

  /** Essential spending as the client stated it. */
  essentialSpendingFen!: number;

  otherDebtPaymentsFen!: number;

  /** The household's living minimum: per person × (1 + dependants); null when no region's floor applies. */
  householdLivingMinimumFen!: number | null;

  /** Which spending was counted: the stated one, or the household's living minimum where that is larger. */
  spendingCounted!: 'stated' | 'living_minimum';

  countedSpendingFen!: number;

  /** Income − counted spending − other debt payments; may be negative. */
  disposableFen!: number;

  /**
   * What the firm proposes to commit each month: commitBp of a positive disposable income, rounded down.
   * @example 1050000
   */
  capacityFen!: number;
}

/** One debt on its creditor's longest plan, interest frozen and the accrued penalty waived (停息掛賬). */
export class CheapestPlanPartView implements CheapestPlanPart {
  debtId!: string;

  creditorName!: string;

  /** The longest plan the creditor allows. */
  months!: number;

  /** What is outstanding over those months, rounded up to the fen. */
  monthlyFen!: number;
}

/** The capacity against the cheapest plan the creditors allow. */
export class ShortfallView implements Shortfall {
  /** The smallest monthly payment any allowed plan needs: every debt on its creditor's longest plan. */
  neededFen!: number;

  capacityFen!: number;

  /** needed − capacity when the capacity is below it; 0 exactly when the cheapest plan fits. */
  shortfallFen!: number;

  /** Whether the cheapest plan fits the capacity (shortfallFen is 0). */
  fits!: boolean;

  plans!: CheapestPlanPartView[];
}
