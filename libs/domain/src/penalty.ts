import type { PenaltyBase } from '@accord/contracts';
import { daysBetween } from './dates';
import type { Fen } from './money';

/**
 * A card's late fee (違約金): charged once for each statement cycle (30 days) the minimum payment stays
 * unpaid, as a share of that unpaid minimum or a fixed amount, each charge at most `capFen`, for at most
 * `maxCycles` cycles where the rules say so (Taiwan: three). It bears no interest: it never enters the
 * base the penalty rate runs on.
 */
export type LateFeeRule =
  | { kind: 'none' }
  | { kind: 'share_of_minimum'; shareBp: number; capFen: Fen | null; maxCycles?: number | null }
  | { kind: 'fixed'; fen: Fen; maxCycles?: number | null };

/**
 * A creditor product's penalty rule, as data the catalog keeps:
 * - dailyRatePpm: parts per million a day on the base: 500 = 0.05 % a day (Huabei), 350 = 0.035 %
 *   (the 2017–2020 card floor), 750 = 1.5 × 0.05 %.
 * - compounding: 'monthly' adds each 30-day cycle's penalty to the base of the next (where the
 *   contract compounds); 'none' is simple.
 * - capBp: the total penalty at most this share of the base (10000 = 100 %), for all time.
 * - yearlyCapBp: the penalty at most this yearly rate on the base (2400 = 24 % a year, 京東白條's line),
 *   so the cap grows with the days overdue instead of stopping at one share.
 * - lateFee: the card's late fee, apart from the penalty.
 */
export interface PenaltyRule {
  dailyRatePpm: number;
  base: PenaltyBase;
  compounding: 'none' | 'monthly';
  capBp: number | null;
  yearlyCapBp: number | null;
  lateFee: LateFeeRule;
}

/** A simple daily rule: no compounding, no yearly cap, no late fee. */
export const simpleRule = (
  dailyRatePpm: number,
  base: PenaltyBase,
  capBp: number | null = null,
): PenaltyRule => ({
  dailyRatePpm,
  base,
  compounding: 'none',
  capBp,
  yearlyCapBp: null,
  lateFee: { kind: 'none' },
});

export interface DebtAmounts {
  principalFen: Fen;
  outstandingFen: Fen;
  overdueFen: Fen;
  /** The minimum payment left unpaid, for a card's late fee; null when the creditor has none. */
  minimumDueFen?: Fen | null;
}

/** The length of a statement cycle and of a compounding period, in days. */
export const CYCLE_DAYS = 30;

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
 * Penalty accrued over `days` on `baseFen`. Rounding: each amount is rounded DOWN to the fen (never
 * charging a fraction the creditor did not), once, after compounding. Then the caps: a yearly rate on the base for the days, and a share of the
 * base for all time, whichever is lower. ¥2,000 × 0.05 % × 30 days = ¥30.00 exactly.
 */
export function accruedPenaltyFen(baseFen: Fen, days: number, rule: PenaltyRule): Fen {
  if (baseFen <= 0 || days <= 0 || rule.dailyRatePpm <= 0) return 0;
  const base = BigInt(baseFen);
  const rate = BigInt(rule.dailyRatePpm);
  // BigInt: large debts over many days overflow 2^53 in the intermediate products.
  let raw: bigint;
  if (rule.compounding === 'monthly') {
    // Exactly base × (1 + 30r)^cycles × (1 + rest·r), rounded down once at the end: rounding each cycle
    // would let a compounding debt come out below the simple one.
    const cycles = Math.floor(days / CYCLE_DAYS);
    const rest = BigInt(days - cycles * CYCLE_DAYS);
    const unit = 1_000_000n;
    const grown = base * (unit + rate * BigInt(CYCLE_DAYS)) ** BigInt(cycles) * (unit + rate * rest);
    raw = grown / unit ** BigInt(cycles + 1) - base;
  } else {
    raw = (base * rate * BigInt(days)) / 1_000_000n;
  }
  if (rule.yearlyCapBp !== null)
    raw = minBig(raw, (base * BigInt(rule.yearlyCapBp) * BigInt(days)) / 3_650_000n);
  if (rule.capBp !== null) raw = minBig(raw, (base * BigInt(rule.capBp)) / 10_000n);
  return Number(minBig(raw, MAX_FEN));
}

/**
 * The largest amount a figure may reach: an uncapped rule compounding for years grows past what a number
 * holds exactly (2^53 fen, some ¥90 trillion), and a figure that large says nothing more; it saturates
 * there rather than turn inexact.
 */
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Statement cycles begun since the missed due date: each one's unpaid minimum draws a late fee. */
export function cyclesOverdue(days: number): number {
  return days <= 0 ? 0 : Math.ceil(days / CYCLE_DAYS);
}

/** The late fees of `days` overdue: one charge per cycle, each capped; no interest on them. */
export function lateFeeFen(rule: PenaltyRule, minimumDueFen: Fen | null | undefined, days: number): Fen {
  const fee = rule.lateFee;
  if (fee.kind === 'none') return 0;
  let each: Fen;
  if (fee.kind === 'fixed') each = fee.fen;
  else {
    if (!minimumDueFen || minimumDueFen <= 0) return 0;
    each = Number((BigInt(minimumDueFen) * BigInt(fee.shareBp)) / 10_000n);
    if (fee.capFen !== null) each = Math.min(each, fee.capFen);
  }
  const cycles = cyclesOverdue(days);
  return each * (fee.maxCycles ? Math.min(cycles, fee.maxCycles) : cycles);
}

/** What the creditor adds to the debt after `days` overdue: penalty and late fees, apart and together. */
export function accruedChargesFen(
  rule: PenaltyRule,
  debt: DebtAmounts,
  days: number,
): { penaltyFen: Fen; lateFeeFen: Fen; totalFen: Fen } {
  const penaltyFen = accruedPenaltyFen(penaltyBaseFen(rule, debt), days, rule);
  const fees = lateFeeFen(rule, debt.minimumDueFen, days);
  return {
    penaltyFen,
    lateFeeFen: fees,
    totalFen: Number(minBig(BigInt(penaltyFen) + BigInt(fees), MAX_FEN)),
  };
}

export const PROJECTION_HORIZONS = [0, 30, 90, 180] as const;

export interface PenaltyPoint {
  afterDays: number;
  date: string;
  daysOverdue: number;
  penaltyFen: Fen;
  lateFeeFen: Fen;
  totalOwedFen: Fen;
}

/**
 * Penalty accrued today and projected at +30/+90/+180 days if nothing is paid. `frozenOn`: the day the
 * creditor agreed a plan on the debt; from then the creditor's penalty and late fees stop (停息掛賬 freezes
 * them, and a plain plan's own fee or interest replaces them), so nothing accrues past that day.
 */
export function projectPenalty(
  debt: DebtAmounts & { overdueSince: string | null },
  rule: PenaltyRule,
  today: string,
  frozenOn: string | null = null,
): PenaltyPoint[] {
  return PROJECTION_HORIZONS.map((afterDays) => {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) + afterDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const days = daysOverdue(debt.overdueSince, frozenOn !== null && frozenOn < date ? frozenOn : date);
    const charges = accruedChargesFen(rule, debt, days);
    return {
      afterDays,
      date,
      daysOverdue: days,
      penaltyFen: charges.penaltyFen,
      lateFeeFen: charges.lateFeeFen,
      totalOwedFen: plusSaturated(debt.outstandingFen, charges.totalFen),
    };
  });
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** A sum of figures, saturating where a number stops being exact (see MAX_FEN). */
function plusSaturated(a: Fen, b: Fen): Fen {
  return Number(minBig(BigInt(a) + BigInt(b), MAX_FEN));
}

/**
 * What an agreement saves the client: what the creditor claimed on the day of agreement (outstanding
 * plus the penalty and late fees accrued to that day, capped as the creditor's rule says) minus what the plan makes
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
  const withoutAgreementFen = plusSaturated(
    debt.outstandingFen,
    accruedChargesFen(rule, debt, daysOverdue(debt.overdueSince, agreedOn)).totalFen,
  );
  return { withoutAgreementFen, savedFen: Math.max(0, withoutAgreementFen - planTotalFen) };
}
