import type { Currency } from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import { createContext, useContext } from 'react';
import { useLocaleState } from 'react-admin';

/** The currency of the debt a part of the page is about: its proposals, plan, installments, payments. */
const CurrencyContext = createContext<Currency>('CNY');
export const CurrencyProvider = CurrencyContext.Provider;

/** The surrounding debt's currency, for what is typed in it (the sign of an amount input). */
export const useCurrency = (): Currency => useContext(CurrencyContext);

/** Formats minor units in the surrounding debt's currency (NT$ for a Taiwan bank's debt). */
export function useMoney(currency?: Currency): (fen: number) => string {
  const around = useContext(CurrencyContext);
  const [locale] = useLocaleState();
  return (fen) => formatMoney(fen, currency ?? around, locale);
}
