import { CURRENCIES, type AmountsByCurrency, type Currency } from '@accord/contracts';

/**
 * Money is an integer number of fen (1/100 yuan) everywhere. These helpers only parse and display;
 * arithmetic stays on integers so no rounding ever happens silently.
 */
export type Fen = number;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

const YUAN_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses a decimal yuan string such as "1234.5" into fen; returns null for anything else. */
export function parseYuan(text: string): Fen | null {
  const match = YUAN_PATTERN.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign && fen !== 0 ? -fen : fen;
}

/** Formats fen as yuan with a thousands separator and two decimals: 123456 → "¥1,234.56". */
export function formatFen(fen: Fen, symbol = '¥'): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${symbol}${whole}.${cents}`;
}

/** The sign shown before an amount: NT$ for Taiwan dollars (¥ alone would read as yuan). */
export const CURRENCY_SYMBOLS: Record<Currency, string> = { CNY: '¥', TWD: 'NT$' };

/**
 * Formats an amount in minor units in its own currency: formatMoney(123456, 'TWD') → "NT$1,234.56".
 * The locale is accepted so every caller says where the text goes; the firm's three locales write
 * amounts alike today (comma groups, point decimals, the symbol first).
 */
export function formatMoney(fen: Fen, currency: Currency, locale?: string): string {
  void locale;
  return formatFen(fen, CURRENCY_SYMBOLS[currency]);
}

/**
 * An amount with no currency sign ("1,234.56"): what to show when the currency cannot be known (an old
 * record that never said it), since a guessed ¥ would be wrong for a Taiwan debt.
 */
export function formatAmount(fen: Fen): string {
  return formatFen(fen, '');
}

/** Formats in the currency when known, and as a bare amount when not (see formatAmount). */
export function formatMoneyOrAmount(fen: Fen, currency: Currency | null, locale?: string): string {
  return currency ? formatMoney(fen, currency, locale) : formatAmount(fen);
}

/** The one currency of a set of amounts, or null when there are none or they are in more than one. */
export function soleCurrency(currencies: Iterable<Currency>): Currency | null {
  const distinct = new Set(currencies);
  return distinct.size === 1 ? [...distinct][0] : null;
}

/** Adds amounts per currency; a currency with no amount is absent, and currencies never mix. */
export function sumByCurrency<T>(
  items: readonly T[],
  currencyOf: (item: T) => Currency,
  fenOf: (item: T) => Fen,
): AmountsByCurrency {
  const out: AmountsByCurrency = {};
  for (const item of items) {
    const currency = currencyOf(item);
    out[currency] = (out[currency] ?? 0) + fenOf(item);
  }
  return out;
}

/** "¥1,200.00 · NT$3,000.00": each currency's amount on its own, in the order of CURRENCIES. */
export function formatAmounts(amounts: AmountsByCurrency, locale?: string, separator = ' · '): string {
  const parts = CURRENCIES.filter((c) => amounts[c] !== undefined).map((c) =>
    formatMoney(amounts[c] as Fen, c, locale),
  );
  return parts.length ? parts.join(separator) : formatMoney(0, 'CNY', locale);
}
