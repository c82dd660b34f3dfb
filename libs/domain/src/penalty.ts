import type { PenaltyBase } from '@accord/contracts';
import { daysBetween } from './dates';
import type { Fen } from './money';

/**
 * A creditor product's penalty rule, as data: a simple daily rate on a base, optionally capped.
 * dailyRateBp is in basis points of a percent: 5 means 0.05 % a day (Huabei's common rate).
 * capBp caps the total penalty as a share of the base, in the same unit (10000 = 100 % of the base).
 */
export interface PenaltyRule {
  dailyRateBp: number;
  base: PenaltyBase;
  capBp: number | null;
}

export interface DebtAmounts {
  principalFen: Fen;
  outstandingFen: Fen;
  overdueFen: Fen;
}

export function penaltyBaseFen(rule: PenaltyRule, debt: DebtAmounts): Fen {
  switch (rule.base) {
    case 'principal':
      return debt.principalFen;
    case 'outstanding_amount':
      return debt.outstandingFen;
    case 'overdue_amount':
      return debt.overdueFen;
  }
}

/**
 * Days of penalty from the day after the missed due date (overdueSince) to asOf, never negative.
 * Due 2026-01-01 and read on 2026-01-31 gives 30 days.
 */
export function daysOverdue(overdueSince: string | null, asOf: string): number {
  if (!overdueSince) return 0;
  return Math.max(0, daysBetween(overdueSince, asOf));
}

/**
 * Penalty accrued over `days` on `baseFen`. Rounding rule: the exact amount is rounded DOWN to the fen
 * (never charging the client a fraction the creditor did not), and then capped.
 * ¥2,000 × 0.05 % × 30 days = ¥30.00 exactly.
 */
export function accruedPenaltyFen(baseFen: Fen, days: number, rule: PenaltyRule): Fen {
  if (baseFen <= 0 || days <= 0 || rule.dailyRateBp <= 0) return 0;
  // BigInt: large debts over many days overflow 2^53 in the intermediate product.
  const raw = (BigInt(baseFen) * BigInt(rule.dailyRateBp) * BigInt(days)) / 10000n;
  const capped = rule.capBp === null ? raw : minBig(raw, (BigInt(baseFen) * BigInt(rule.capBp)) / 10000n);
  return Number(capped);
}

export const PROJECTION_HORIZONS = [0, 30, 90, 180] as const;

export interface PenaltyPoint {
  afterDays: number;
  date: string;
  daysOverdue: number;
  penaltyFen: Fen;
  totalOwedFen: Fen;
}

/** Penalty accrued today and projected at +30/+90/+180 days if nothing is paid. */
export function projectPenalty(
  debt: DebtAmounts & { overdueSince: string | null },
  rule: PenaltyRule,
  today: string,
): PenaltyPoint[] {
  const base = penaltyBaseFen(rule, debt);
  return PROJECTION_HORIZONS.map((afterDays) => {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) + afterDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const days = daysOverdue(debt.overdueSince, date);
    const penaltyFen = accruedPenaltyFen(base, days, rule);
    return { afterDays, date, daysOverdue: days, penaltyFen, totalOwedFen: debt.outstandingFen + penaltyFen };
  });
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/**
 * What an agreement saves the client: what the creditor claimed on the day of agreement (outstanding
 * plus the penalty accrued to that day, capped as the creditor's rule says) minus what the plan makes
 * the client pay, never below nothing. Penalty that would have run after that day is the "cost of
 * waiting", a projection, and never counts: so a longer plan saves no more than a shorter one with
 * the same total. Fixed at acceptance, so later changes to the debt do not rewrite what was achieved.
 */
export function savingsAtAgreement(
  debt: DebtAmounts & { overdueSince: string | null },
  rule: PenaltyRule,
  planTotalFen: Fen,
  agreedOn: string,
): { withoutAgreementFen: Fen; savedFen: Fen } {
  const withoutAgreementFen =
    debt.outstandingFen +
    accruedPenaltyFen(penaltyBaseFen(rule, debt), daysOverdue(debt.overdueSince, agreedOn), rule);
  return { withoutAgreementFen, savedFen: Math.max(0, withoutAgreementFen - planTotalFen) };
}
