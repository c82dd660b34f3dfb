import { CURRENCY_OF_MARKET, type Currency, type Market } from '@accord/contracts';
import type { Schema } from '../../providers/api';

/** A debt as the API shows it: days overdue, penalty and late fees are worked out on reading, never stored. */
export type DebtRecord = Schema<'DebtView'>;

/**
 * The currency a debt's form is in, as the API will set it: the one an admin picked, else the chosen
 * creditor's market's when the creditor is new or another one, else the debt's own. Null while no creditor
 * is chosen (or its market is still being read): the amounts then show no sign rather than a guessed ¥.
 */
export function debtFormCurrency(
  form: { currency?: Currency | null; creditorId?: string | null },
  saved: Pick<DebtRecord, 'currency' | 'creditorId'> | undefined,
  creditorMarket: Market | null,
): Currency | null {
  if (form.currency && form.currency !== saved?.currency) return form.currency;
  if (creditorMarket && form.creditorId && form.creditorId !== saved?.creditorId)
    return CURRENCY_OF_MARKET[creditorMarket];
  return saved?.currency ?? null;
}
