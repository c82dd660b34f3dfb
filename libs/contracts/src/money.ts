/**
 * Currencies a debt can be owed in. Amounts are always integer minor units (fen for CNY, the
 * hundredth of a dollar for TWD); two amounts are only ever added when their currencies match.
 */
export const CURRENCIES = ['CNY', 'TWD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The markets of the creditor catalog; a debt's currency follows its creditor's market. */
export const MARKETS = ['CN', 'TW'] as const;
export type Market = (typeof MARKETS)[number];

export const CURRENCY_OF_MARKET: Record<Market, Currency> = { CN: 'CNY', TW: 'TWD' };

/** Money per currency: only the currencies that occur are present, so nothing is ever summed across them. */
export type AmountsByCurrency = Partial<Record<Currency, number>>;

/** A case's open debts in one currency. */
export interface CurrencyTotals {
  currency: Currency;
  outstandingFen: number;
  overdueFen: number;
}

/** A case's money in one currency as its page shows it: the open debts, their penalty today and later. */
export interface CaseMoneyTotals extends CurrencyTotals {
  principalFen: number;
  penaltyAccruedFen: number;
  /** Card late fees to date, apart from the penalty (they bear no interest). */
  lateFeeAccruedFen: number;
  /**
   * The "cost of waiting": penalty and late fees projected at +0/+30/+90/+180 days if nothing is paid;
   * never savings.
   */
  penaltyProjected: { afterDays: number; penaltyFen: number; lateFeeFen: number }[];
  /** Debts in this currency under a running plan: their penalty stopped on the day the creditor agreed. */
  agreedDebts: number;
}
