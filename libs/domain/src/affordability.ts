import type { CreditorProduct } from '@accord/contracts';
import type { Fen } from './money';
import { longestPlan } from './proposal-suggestions';

export interface MonthlyFigures {
  /** Each income source, fen a month. */
  incomeFen: readonly Fen[];
  /** Each essential spending category (rent, food, school, medical…), fen a month. */
  essentialSpendingFen: readonly Fen[];
  /** Monthly payments on debts outside this case. */
  otherDebtPaymentsFen: readonly Fen[];
  /** People the client keeps besides themself. */
  dependants?: number;
  /** The region's living minimum per person a month (低保 / 最低生活費), in the statement's currency; null: no floor. */
  livingMinimumPerPersonFen?: Fen | null;
}

/** Which essential spending the answer counted: what the client stated, or the household's living minimum. */
export type SpendingCounted = 'stated' | 'living_minimum';

export interface Affordability {
  incomeFen: Fen;
  /** Essential spending as the client stated it. */
  essentialSpendingFen: Fen;
  otherDebtPaymentsFen: Fen;
  /** The household's living minimum: per person × (1 + dependants); null when no region's floor applies. */
  householdLivingMinimumFen: Fen | null;
  /** The larger of the stated essential spending and the household's living minimum (stated on a tie). */
  spendingCounted: SpendingCounted;
  countedSpendingFen: Fen;
  /** income − counted spending − other debt payments; may be negative. */
  disposableFen: Fen;
  /** What the firm proposes to commit each month: the share of a positive disposable income, rounded down. */
  capacityFen: Fen;
}

const sum = (values: readonly Fen[]) => values.reduce((a, b) => a + b, 0);

/** The household's living minimum a month: the per-person floor for the client and each dependant. */
export function householdLivingMinimum(perPersonFen: Fen, dependants: number): Fen {
  return perPersonFen * (1 + dependants);
}

/**
 * commitBp: the share of disposable income the firm commits, in basis points (7000 = 70 %). The spending
 * counted is never below the household's living minimum, so a plan never asks the client to live below it.
 */
export function affordability(figures: MonthlyFigures, commitBp: number): Affordability {
  const incomeFen = sum(figures.incomeFen);
  const essentialSpendingFen = sum(figures.essentialSpendingFen);
  const otherDebtPaymentsFen = sum(figures.otherDebtPaymentsFen);
  const perPerson = figures.livingMinimumPerPersonFen ?? null;
  const householdLivingMinimumFen =
    perPerson === null ? null : householdLivingMinimum(perPerson, figures.dependants ?? 0);
  const spendingCounted: SpendingCounted =
    householdLivingMinimumFen !== null && householdLivingMinimumFen > essentialSpendingFen
      ? 'living_minimum'
      : 'stated';
  const countedSpendingFen =
    spendingCounted === 'living_minimum' ? (householdLivingMinimumFen as Fen) : essentialSpendingFen;
  const disposableFen = incomeFen - countedSpendingFen - otherDebtPaymentsFen;
  const capacityFen = disposableFen > 0 ? Math.floor((disposableFen * commitBp) / 10000) : 0;
  return {
    incomeFen,
    essentialSpendingFen,
    otherDebtPaymentsFen,
    householdLivingMinimumFen,
    spendingCounted,
    countedSpendingFen,
    disposableFen,
    capacityFen,
  };
}

/** An open debt of the case, in the statement's currency, with what its creditor allows. */
export interface DebtToPlan {
  debtId: string;
  outstandingFen: Fen;
  product: CreditorProduct;
  /** The creditor's longest plan, when known. */
  maxMonths: number | null;
}

export interface CheapestPlanPart {
  debtId: string;
  /** The longest plan the creditor allows. */
  months: number;
  /** What is outstanding, over those months, rounded up to the fen (the penalty waived, as in 停息掛賬). */
  monthlyFen: Fen;
}

export interface Shortfall {
  /** The smallest monthly payment any allowed plan needs: every debt on its creditor's longest plan. */
  neededFen: Fen;
  capacityFen: Fen;
  /** needed − capacity when the capacity is below it; 0 exactly when the cheapest plan fits. */
  shortfallFen: Fen;
  plans: CheapestPlanPart[];
}

/**
 * The cheapest plan for the open debts (each on its creditor's longest plan, interest frozen and the
 * accrued penalty waived, the lowest monthly payment any plan the creditor allows can ask) and how much
 * a month the capacity falls short of it.
 */
export function shortfall(capacityFen: Fen, debts: readonly DebtToPlan[]): Shortfall {
  const plans = debts
    .filter((d) => d.outstandingFen > 0)
    .map((d) => {
      const months = longestPlan(d.product, d.maxMonths);
      return { debtId: d.debtId, months, monthlyFen: Math.ceil(d.outstandingFen / months) };
    });
  const neededFen = plans.reduce((a, p) => a + p.monthlyFen, 0);
  return { neededFen, capacityFen, shortfallFen: Math.max(0, neededFen - capacityFen), plans };
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
