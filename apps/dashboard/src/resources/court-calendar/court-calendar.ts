import { isCalendarDate } from '@accord/domain';

/** What a marked day is: a day the courts close (a holiday), or a weekend day they work. */
export type CourtDayKind = 'holiday' | 'working';

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * Why a day cannot be marked as `kind` (a message key), or null. Weekends are off and weekdays are worked
 * already, so marking either as what it is would change nothing: a holiday is a weekday, a working day a
 * weekend day.
 */
export function courtDayProblem(day: string, kind: CourtDayKind): string | null {
  if (!isCalendarDate(day)) return 'ra.validation.required';
  if (kind === 'holiday' && isWeekend(day)) return 'accord.court_calendar.weekend_already';
  if (kind === 'working' && !isWeekend(day)) return 'accord.court_calendar.not_weekend';
  return null;
}

/** The day's weekday in the interface language (週四, Thu). */
export const weekdayName = (day: string, locale: string): string =>
  isCalendarDate(day)
    ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(
        new Date(`${day}T00:00:00Z`),
      )
    : '';
