import type { Currency } from '@accord/contracts';
import { AffordabilityView, ShortfallView } from './affordability.view';

/** The region's living minimum that floors the household's spending, and what it comes to for them. */
export class HouseholdLivingMinimum {
  /** The living minimum's id. */
  id!: string;

  /** @example 上海市 */
  region!: string;

  currency!: Currency;

  /** @example 2024-07-01 */
  effectiveFrom!: string;

  /** The notice that set the figure. */
  source!: string;

  /**
   * The floor per person a month.
   * @example 151000
   */
  perPersonFen!: number;

  /** The client and their dependants. */
  people!: number;

  /** perPersonFen × people (typed as the domain's figure, which is null only where there is no floor). */
  householdFen!: number | null;
}

/** An open debt of the case and its share of the monthly capacity. */
export class DebtCapacityShare {
  debtId!: string;

  creditorName!: string;

  currency!: Currency;

  /** @example 5000000 */
  outstandingFen!: number;

  /**
   * Its share of the capacity, in proportion to what is owed (the shares sum to the capacity); null for a
   * debt in another currency than the statement's, which has no share.
   */
  capacityFen!: number | null;
}

/**
 * What the client of a case can pay each month, from the current financial statement, and its split
 * across the open debts. Without a statement every figure is null and debts is empty.
 */
export class CaseAffordability {
  /** The current statement; null: none recorded yet. */
  statementId!: string | null;

  /** The statement's currency: every amount here is in it, except each debt's own outstandingFen. */
  currency!: Currency | null;

  /**
   * The share of disposable income the firm commits, in basis points (7000 = 70 %).
   * @example 7000
   */
  commitBp!: number;

  figures!: AffordabilityView | null;

  /** The floor used; null: the statement names no region, so no floor applies. */
  livingMinimum!: HouseholdLivingMinimum | null;

  /**
   * Measured against the cheapest plan the creditors allow (each debt in the statement's currency on its
   * creditor's longest plan, 停息掛賬).
   */
  shortfall!: ShortfallView | null;

  debts!: DebtCapacityShare[];
}
