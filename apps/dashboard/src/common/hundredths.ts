import { parseYuan } from '@accord/domain';

/**
 * Amounts people type with at most two decimals and the API keeps as integers of hundredths: yuan as fen,
 * and percentages as basis points of a percent (a daily rate of "0.05" % is 5). Arithmetic never sees a
 * float: the text is parsed digit by digit (parseYuan) and printed from the integer.
 */

/** "1,234.5" → 123450; null for anything that is not a non-negative amount with at most two decimals. */
export function parseHundredths(text: string): number | null {
  const value = parseYuan(text);
  return value === null || value < 0 || /^\s*-/.test(text) ? null : value;
}

/** 123456 → "1234.56", 200000 → "2000", 5 → "0.05", 10 → "0.1": what a person would type back. */
export function hundredthsText(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * What an amount input keeps in the form while someone types: null when empty, the integer once the
 * text is an amount, and the text itself while it is not (so validation can say so, and the input does
 * not rewrite what is being typed).
 */
export function hundredthsInputValue(text: string): number | string | null {
  if (text.trim() === '') return null;
  return parseHundredths(text) ?? text;
}

/** The text an input shows for a value held in the form. */
export function hundredthsInputText(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return hundredthsText(value);
  return typeof value === 'string' ? value : '';
}

/**
 * 1540 → "15.40", 385 → "3.85", 5 → "0.05": a rate in basis points as a percent with exactly two decimals,
 * as rates are quoted (an LPR of 3.85 %, a line of 15.40 %).
 */
export function bpPercentText(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
