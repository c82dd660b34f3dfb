import { calendarDateIn } from '@accord/domain';

/**
 * The firm's time zone: deadlines and hearings happen on Taipei's calendar wherever the reader sits.
 * The API has it as the FIRM_TIME_ZONE setting; the dashboard will read it from there once the API
 * exposes firm settings.
 */
export const FIRM_TIME_ZONE = 'Asia/Taipei';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A YYYY-MM-DD date is already a day of the firm's calendar: it is formatted at UTC midnight in UTC, so
 * no reader's or firm's offset can move it to the day before.
 */
export function formatCalendarDate(date: string, locale: string): string {
  if (!CALENDAR_DATE.test(date)) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Today on the firm's calendar, as YYYY-MM-DD (the limit of date inputs such as "overdue since"). */
export const firmToday = (now: Date = new Date()): string => calendarDateIn(now, FIRM_TIME_ZONE);

/** An instant on the firm's clock, in the interface language (the same format as FirmDateField). */
export function formatFirmInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, {
    timeZone: FIRM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
