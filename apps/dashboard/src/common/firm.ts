import { calendarDateIn, daysBetween } from '@accord/domain';

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

/**
 * How long ago an instant was, for what just arrived (a notification): "now", minutes, hours, then
 * "yesterday" and days by the firm's calendar for a week, and after that the firm's date and time.
 */
export function formatFirmRelative(
  instant: string,
  locale: string,
  now: Date = new Date(),
  timeZone: string = FIRM_TIME_ZONE,
): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const seconds = (now.getTime() - at.getTime()) / 1000;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // A clock a little ahead of the server's still reads as now.
  if (seconds < 45 && seconds > -60) return relative.format(0, 'second');
  if (seconds < 0) return formatFirmInstant(instant, locale);
  if (seconds < 3600) return relative.format(-Math.max(1, Math.floor(seconds / 60)), 'minute');
  if (seconds < 86400) return relative.format(-Math.floor(seconds / 3600), 'hour');
  const days = daysBetween(calendarDateIn(at, timeZone), calendarDateIn(now, timeZone));
  if (days <= 6) return relative.format(-days, 'day');
  return formatFirmInstant(instant, locale);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The wall clock in `timeZone` at `instant`, as the number of milliseconds a UTC clock would show. */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * A date and clock time on the firm's calendar as an instant with its offset, the form the API asks for
 * (2026-11-25 + 10:30 → 2026-11-25T10:30:00+08:00); null for a date or time that cannot be read.
 */
export function firmInstant(date: string, time: string, timeZone: string = FIRM_TIME_ZONE): string | null {
  const clock = CLOCK_TIME.exec(time);
  if (!CALENDAR_DATE.test(date) || !clock) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  // The offset at that wall time: guessed from the wall time itself, then checked at the instant it gives
  // (a daylight-saving change between the two would otherwise shift the hour).
  let offset = wallClockMs(new Date(wall), timeZone) - wall;
  offset = wallClockMs(new Date(wall - offset), timeZone) - (wall - offset);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}

/** The firm's date and clock time (HH:mm) now: where a "when" input starts. */
export function firmNow(
  now: Date = new Date(),
  timeZone: string = FIRM_TIME_ZONE,
): { date: string; time: string } {
  const wall = new Date(wallClockMs(now, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}
