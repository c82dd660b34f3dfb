import { isCalendarDate } from './dates';
import type { Fen } from './money';

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
  totalFen: Fen;
  months: number;
  /** The first due date as agreed, before any grace months. */
  firstDueDate: string;
  /** Months with nothing to pay: the first installment moves that many months later. */
  graceMonths: number;
}

export interface ScheduledInstallment {
  number: number;
  dueDate: string;
  amountFen: Fen;
}

/**
 * Installments on the same day each month (clamped to month end). Amounts are equal parts of the total;
 * the fen that do not divide go one each to the earliest installments, so amounts differ by at most one
 * fen and always sum to the total.
 */
export function buildSchedule(terms: ScheduleTerms): ScheduledInstallment[] {
  const anchorDay = Number(terms.firstDueDate.slice(8, 10));
  const base = Math.floor(terms.totalFen / terms.months);
  const extra = terms.totalFen - base * terms.months;
  return Array.from({ length: terms.months }, (_, i) => ({
    number: i + 1,
    dueDate: addMonthsClamped(terms.firstDueDate, terms.graceMonths + i, anchorDay),
    amountFen: base + (i < extra ? 1 : 0),
  }));
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
