import type { PenaltyRule } from './penalty';

/**
 * The Loan Prime Rate (貸款市場報價利率) as published: from `effectiveOn` until the next row, the one-year
 * rate in basis points (385 = 3.85 %). The table is data admins keep; nothing here knows its figures.
 */
export interface LprRow {
  effectiveOn: string;
  oneYearBp: number;
}

/**
 * The row in force on `date`: the one with the latest effective date on or before it, null before the
 * first. Calendar dates compare as text (YYYY-MM-DD), so the table need not be sorted.
 */
export function lprOn<T extends LprRow>(table: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const row of table)
    if (row.effectiveOn <= date && (found === null || row.effectiveOn > found.effectiveOn)) found = row;
  return found;
}

/** Courts protect private-lending interest up to this multiple of the one-year LPR at the contract date. */
export const LPR_CAP_MULTIPLE = 4;

/** A year of daily interest: courts and the regulator's annualised-rate rule both count 365 days. */
const DAYS_A_YEAR = 365;

/**
 * The yearly cost a creditor rule can charge, in basis points: the daily rate × 365 (500 ppm = 0.05 % a day
 * = 18.25 % a year), or the rule's own yearly cap when that is lower, since the creditor never charges
 * above its cap. The nominal (simple) rate: it is what the contract states and what the 4 × LPR line is
 * read against; monthly compounding makes the effective cost somewhat higher, so a compounding rule
 * close under the line deserves a look by hand.
 *
 * The daily rate × 365 is in ppm, a hundredth of a basis point: rounded UP to the basis point, so that
 * `annualRateBp > capBp` holds exactly when the unrounded rate is above the line (a cost a hundredth of a
 * basis point over it is over, and is never shown as equal to it).
 */
export function yearlyCostBp(rule: Pick<PenaltyRule, 'dailyRatePpm' | 'yearlyCapBp'>): number {
  const ppm = rule.dailyRatePpm * DAYS_A_YEAR;
  const rest = ppm % 100;
  const bp = (ppm - rest) / 100 + (rest > 0 ? 1 : 0);
  return rule.yearlyCapBp === null ? bp : Math.min(bp, rule.yearlyCapBp);
}

export type LprUnknownReason = 'NO_CONTRACT_DATE' | 'NO_LPR_FOR_DATE';

export type LprCapCheck =
  | { status: 'unknown'; reason: LprUnknownReason }
  | {
      status: 'within' | 'over';
      /** The one-year LPR in force at the contract date, and the day it took effect. */
      lprBp: number;
      lprEffectiveOn: string;
      /** The line: 4 × lprBp. */
      capBp: number;
      /** The rule's yearly cost (yearlyCostBp). */
      annualRateBp: number;
    };

/**
 * Is the creditor rule's yearly cost above 4 × the one-year LPR in force on the day the contract was
 * signed? At the line exactly is within (courts protect "up to" it). Unknown, and why, when the contract
 * date is not recorded or falls before the table's first row (the LPR reform of 2019-08-20).
 */
export function lprCapCheck(input: {
  rule: Pick<PenaltyRule, 'dailyRatePpm' | 'yearlyCapBp'>;
  contractDate: string | null;
  table: readonly LprRow[];
}): LprCapCheck {
  if (!input.contractDate) return { status: 'unknown', reason: 'NO_CONTRACT_DATE' };
  const lpr = lprOn(input.table, input.contractDate);
  if (!lpr) return { status: 'unknown', reason: 'NO_LPR_FOR_DATE' };
  const capBp = LPR_CAP_MULTIPLE * lpr.oneYearBp;
  const annualRateBp = yearlyCostBp(input.rule);
  return {
    status: annualRateBp > capBp ? 'over' : 'within',
    lprBp: lpr.oneYearBp,
    lprEffectiveOn: lpr.effectiveOn,
    capBp,
    annualRateBp,
  };
}
