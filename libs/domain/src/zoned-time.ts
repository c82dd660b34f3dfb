/**
 * Instants and the firm's wall clock. Reminders are set in firm time ("09:00 the day before") but fire
 * at instants; the conversion goes through Intl so any IANA zone (and daylight saving) is handled.
 */

const MINUTE_MS = 60_000;
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a clock in the zone shows at an instant: its calendar date and minutes since midnight. */
export function wallClock(instant: Date, timeZone: string): { date: string; minutes: number } {
  const parts = wallFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const date = `${String(get('year')).padStart(4, '0')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
  return { date, minutes: get('hour') * 60 + get('minute') };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = wallFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

export function parseClockTime(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new Error(`not a HH:MM time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant at which the zone's clocks show `date` at `time` (HH:MM). A time skipped by a daylight-
 * saving jump resolves to the first instant after the gap; a time shown twice, to the first showing.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const minutes = parseClockTime(time);
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  let guess = naive - offsetMs(new Date(naive), timeZone);
  // A second pass settles instants near an offset change.
  guess = naive - offsetMs(new Date(guess), timeZone);
  const earlier = guess - 3600_000;
  if (naive - offsetMs(new Date(earlier), timeZone) === earlier) return new Date(earlier);
  return new Date(guess);
}

export interface QuietHours {
  /** HH:MM when messages to clients stop, e.g. 21:00. */
  start: string;
  /** HH:MM when they may resume, e.g. 08:00. */
  end: string;
}

export function inQuietHours(instant: Date, timeZone: string, quiet: QuietHours): boolean {
  const { minutes } = wallClock(instant, timeZone);
  const start = parseClockTime(quiet.start);
  const end = parseClockTime(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * When a message to a client may go out: the instant itself outside quiet hours, otherwise the end of
 * the quiet period it falls in (a 23:00 reminder waits for 08:00 the next morning).
 */
export function releaseAfterQuietHours(instant: Date, timeZone: string, quiet: QuietHours): Date {
  if (!inQuietHours(instant, timeZone, quiet)) return instant;
  const { date, minutes } = wallClock(instant, timeZone);
  const end = parseClockTime(quiet.end);
  const releaseDate = minutes < end ? date : nextDate(date);
  return zonedInstant(releaseDate, quiet.end, timeZone);
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
