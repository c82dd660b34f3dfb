import { isCalendarDate } from './dates';
import type { Fen } from './money';
import { installmentCharges, NO_CHARGE, type PlanCharge } from './plan-charges';

const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/**
 * The date `months` after `date`, on the same day of the month as `anchorDay`, clamped to the month's
 * end: with anchor day 31, Jan 31 → Feb 28 (29 in a leap year) → Mar 31.
 */
export function addMonthsClamped(
  date: string,
  months: number,
  anchorDay = Number(date.slice(8, 10)),
): string {
  const year = Number(date.slice(0, 4));
  const month0 = Number(date.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month0 / 12);
  const m = ((month0 % 12) + 12) % 12;
  const d = Math.min(anchorDay, daysInMonth(y, m));
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface ScheduleTerms {
  /** What goes into the plan: the agreed amount, before the creditor's fee or interest on the plan. */
  totalFen: Fen;
  months: number;
  /** The first due date as agreed, before any grace months. */
  firstDueDate: string;
  /** Months with nothing to pay: the first installment moves that many months later. */
  graceMonths: number;
  /** The creditor's fee or interest on the plan, from the proposal; none when absent. */
  charge?: PlanCharge;
}

export interface ScheduledInstallment {
  number: number;
  dueDate: string;
  /** What is due: the installment's part of the plan's base and its charge. */
  amountFen: Fen;
  /** The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan). */
  chargeFen?: Fen;
}

/**
 * Installments on the same day each month (clamped to month end). The plan's base is cut in equal parts;
 * the fen that do not divide go one each to the earliest installments, so parts differ by at most one fen
 * and always sum to the base. Each installment then carries its charge (plan-charges.ts), so what is due
 * sums to the base plus every charge, exactly.
 */
export function buildSchedule(terms: ScheduleTerms): (ScheduledInstallment & { chargeFen: Fen })[] {
  const anchorDay = Number(terms.firstDueDate.slice(8, 10));
  const base = Math.floor(terms.totalFen / terms.months);
  const extra = terms.totalFen - base * terms.months;
  const parts = Array.from({ length: terms.months }, (_, i) => base + (i < extra ? 1 : 0));
  const charges = installmentCharges(terms.charge ?? NO_CHARGE, parts, terms.graceMonths);
  return parts.map((part, i) => ({
    number: i + 1,
    dueDate: addMonthsClamped(terms.firstDueDate, terms.graceMonths + i, anchorDay),
    amountFen: part + charges[i],
    chargeFen: charges[i],
  }));
}

/** A plan's figures at a glance: what goes in, what the creditor charges on it, what the client pays. */
export function scheduleTotals(schedule: readonly ScheduledInstallment[]): {
  baseFen: Fen;
  chargesFen: Fen;
  payableFen: Fen;
} {
  const payableFen = schedule.reduce((a, i) => a + i.amountFen, 0);
  const chargesFen = schedule.reduce((a, i) => a + (i.chargeFen ?? 0), 0);
  return { baseFen: payableFen - chargesFen, chargesFen, payableFen };
}

export function validScheduleTerms(terms: ScheduleTerms, today: string): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(terms.totalFen) || terms.totalFen <= 0) problems.push('TOTAL_NOT_POSITIVE');
  if (!Number.isInteger(terms.months) || terms.months < 1 || terms.months > 120)
    problems.push('MONTHS_OUT_OF_RANGE');
  if (!Number.isInteger(terms.graceMonths) || terms.graceMonths < 0 || terms.graceMonths > 24)
    problems.push('GRACE_OUT_OF_RANGE');
  if (!isCalendarDate(terms.firstDueDate)) problems.push('FIRST_DUE_DATE_INVALID');
  else if (terms.firstDueDate < today) problems.push('FIRST_DUE_DATE_IN_PAST');
  return problems;
}
