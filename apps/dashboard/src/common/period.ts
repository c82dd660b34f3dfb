import { addDays, daysBetween } from '@accord/domain';
import { firmToday } from './firm';

/** A run of days on the firm's calendar, both ends included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** The API refuses longer periods (422 PERIOD_INVALID): a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

/** The quick choices offered beside the dates. */
export const PERIOD_PRESETS = [7, 30, 90] as const;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last `days` days up to `today`, today included: the API's own default is the last 30. */
export function lastDays(days: number, today: string = firmToday()): Period {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The preset a period is, if it is one (ending today). */
export function presetOf(period: Period, today: string = firmToday()): number | null {
  if (period.to !== today || periodProblem(period)) return null;
  return PERIOD_PRESETS.find((days) => lastDays(days, today).from === period.from) ?? null;
}

/**
 * Why the API would refuse a period, as a message key, before asking it: a date not filled in (a date
 * input answers '' while half typed), a period running backwards, or one longer than the API allows.
 */
export function periodProblem({ from, to }: Period): string | null {
  if (!CALENDAR_DATE.test(from) || !CALENDAR_DATE.test(to)) return 'accord.period.incomplete';
  if (from > to) return 'accord.period.backwards';
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS) return 'accord.period.too_long';
  return null;
}
