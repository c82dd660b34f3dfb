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
