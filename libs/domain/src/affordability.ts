import type { Fen } from './money';

export interface MonthlyFigures {
  /** Each income source, fen a month. */
  incomeFen: readonly Fen[];
  /** Each essential spending category (rent, food, school, medical…), fen a month. */
  essentialSpendingFen: readonly Fen[];
  /** Monthly payments on debts outside this case. */
  otherDebtPaymentsFen: readonly Fen[];
}

export interface Affordability {
  incomeFen: Fen;
  essentialSpendingFen: Fen;
  otherDebtPaymentsFen: Fen;
  /** income − essential spending − other debt payments; may be negative. */
  disposableFen: Fen;
  /** What the firm proposes to commit each month: the share of a positive disposable income, rounded down. */
  capacityFen: Fen;
}

const sum = (values: readonly Fen[]) => values.reduce((a, b) => a + b, 0);

/** commitBp: the share of disposable income the firm commits, in basis points (7000 = 70 %). */
export function affordability(figures: MonthlyFigures, commitBp: number): Affordability {
  const incomeFen = sum(figures.incomeFen);
  const essentialSpendingFen = sum(figures.essentialSpendingFen);
  const otherDebtPaymentsFen = sum(figures.otherDebtPaymentsFen);
  const disposableFen = incomeFen - essentialSpendingFen - otherDebtPaymentsFen;
  const capacityFen = disposableFen > 0 ? Math.floor((disposableFen * commitBp) / 10000) : 0;
  return { incomeFen, essentialSpendingFen, otherDebtPaymentsFen, disposableFen, capacityFen };
}

/**
 * Splits `total` fen in proportion to `weights` (e.g. the monthly capacity across debts by what is owed).
 * Rule: every part gets the floor of its exact share; the fen left over go one each to the parts with the
 * largest fractional remainders, ties to the earlier part. The parts always sum to `total` exactly, and
 * no part differs from its exact share by a whole fen or more.
 */
export function splitProRata(total: Fen, weights: readonly Fen[]): Fen[] {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (weightSum <= 0) return splitEvenly(total, weights.length);
  const exact = weights.map((w) => (BigInt(total) * BigInt(w)) / BigInt(weightSum));
  const remainders = weights.map((w, i) => ({ i, r: (BigInt(total) * BigInt(w)) % BigInt(weightSum) }));
  const parts = exact.map(Number);
  let left = total - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

function splitEvenly(total: Fen, count: number): Fen[] {
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => base + (i < total - base * count ? 1 : 0));
}
