import type { Currency } from '@accord/contracts';

/** Why a financial statement's currency could not be settled. */
export type StatementCurrencyRefusal =
  /** The open debts are in more than one currency, or there are none: the person must say which. */
  | 'STATEMENT_CURRENCY_NEEDED'
  /** The named currency is not one the open debts are owed in: capacity would be compared across currencies. */
  | 'STATEMENT_CURRENCY_NOT_OWED';

export type StatementCurrencyAnswer =
  { currency: Currency } | { refused: StatementCurrencyRefusal; owed: Currency[] };

/**
 * The currency a client's statement is written in, fixed when it is recorded. Income and spending are
 * compared with what is owed, and yuan are never converted to Taiwan dollars, so it is the currency of the
 * case's open debts; when they are in two (a client owing banks on both sides) or none yet, the person
 * names it, and it must be one the client owes in whenever there are debts.
 */
export function statementCurrency(
  openDebtCurrencies: readonly Currency[],
  asked?: Currency | null,
): StatementCurrencyAnswer {
  const owed = [...new Set(openDebtCurrencies)].sort();
  if (asked)
    return owed.length && !owed.includes(asked)
      ? { refused: 'STATEMENT_CURRENCY_NOT_OWED', owed }
      : { currency: asked };
  return owed.length === 1 ? { currency: owed[0] } : { refused: 'STATEMENT_CURRENCY_NEEDED', owed };
}
