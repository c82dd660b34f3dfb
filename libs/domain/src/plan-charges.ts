import type { PlanChargeKind } from '@accord/contracts';
import type { Fen } from './money';

/**
 * The creditor's price for a plan, from the proposal: a flat fee each month as a share of the amount put
 * into the plan (a card installment's 手續費, e.g. 0.60 % a month = 6,000 ppm), or a yearly interest rate
 * on the balance still unpaid (e.g. 7.2 % a year = 72,000 ppm). 停息掛賬 carries `none`.
 */
export interface PlanCharge {
  kind: PlanChargeKind;
  /** Parts per million: of the plan's base each month (monthly_fee), of the balance each year (annual_rate). */
  ratePpm: number;
}

export const NO_CHARGE: PlanCharge = { kind: 'none', ratePpm: 0 };

/** The highest rate a proposal may state: 100 % (a month for a fee, a year for interest). */
export const MAX_CHARGE_RATE_PPM = 1_000_000;

/**
 * a × b / c rounded half up, on integers: a fee of ¥1,234.565 is ¥1,234.57, as the creditor's statement
 * shows it. BigInt, since fen × ppm × months passes 2^53 on large debts.
 */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  return Number((num * 2n + den) / (den * 2n));
}

/**
 * The charge on each installment, given each one's share of the base (`principalParts`, in order).
 * - monthly_fee: the same fee on every installment, base × rate, rounded half up once.
 * - annual_rate: interest on the balance left before each installment for the month it covers, balance ×
 *   rate ÷ 12, rounded half up per installment (a declining-balance plan, 等額本金: the first installment
 *   is the largest). Interest also runs through grace months: the first installment carries
 *   (1 + graceMonths) months of it, so a grace period is never shown as free when the contract charges it.
 */
export function installmentCharges(
  charge: PlanCharge,
  principalParts: readonly Fen[],
  graceMonths = 0,
): Fen[] {
  if (charge.kind === 'none' || charge.ratePpm <= 0) return principalParts.map(() => 0);
  const base = principalParts.reduce((a, b) => a + b, 0);
  if (charge.kind === 'monthly_fee') {
    const fee = mulDivHalfUp(base, charge.ratePpm, 1_000_000);
    return principalParts.map(() => fee);
  }
  let balance = base;
  return principalParts.map((part, i) => {
    const months = i === 0 ? 1 + graceMonths : 1;
    const interest = mulDivHalfUp(balance, charge.ratePpm * months, 12_000_000);
    balance -= part;
    return interest;
  });
}

/** A charge states both its kind and its rate, or neither: a rate with no kind, or a kind at 0, is a typo. */
export function chargeTermsProblems(charge: PlanCharge): ('CHARGE_RATE_MISSING' | 'CHARGE_KIND_MISSING')[] {
  if (charge.kind !== 'none' && charge.ratePpm <= 0) return ['CHARGE_RATE_MISSING'];
  if (charge.kind === 'none' && charge.ratePpm > 0) return ['CHARGE_KIND_MISSING'];
  return [];
}
