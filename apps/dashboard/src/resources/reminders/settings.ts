import { parseClockTime } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** The firm's reminder settings, as `GET /reminder-settings` answers them (one row, with its version). */
export type ReminderSettingsRecord = Schema<'ReminderSettings'>;

/** What the settings form edits. */
export type ReminderSettingsValues = Pick<
  ReminderSettingsRecord,
  'quietStart' | 'quietEnd' | 'staffTime' | 'clientTime' | 'digestTime' | 'staleAfterDays' | 'clientChannels'
>;

/** The body of `PUT /reminder-settings`: every setting, and the version that was read (a stale one is 409). */
export function settingsBody(
  values: ReminderSettingsValues,
  version: number,
): Schema<'UpdateReminderSettingsDto'> {
  return {
    quietStart: values.quietStart,
    quietEnd: values.quietEnd,
    staffTime: values.staffTime,
    clientTime: values.clientTime,
    digestTime: values.digestTime,
    staleAfterDays: Number(values.staleAfterDays),
    clientChannels: [...(values.clientChannels ?? [])],
    version,
  };
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isClockTime = (value: unknown): value is string =>
  typeof value === 'string' && CLOCK_TIME.test(value);

/** How quiet hours read: none (same start and end), within one day, or overnight into the next morning. */
export function quietHoursShape(start: string, end: string): 'none' | 'same_day' | 'overnight' | null {
  if (!isClockTime(start) || !isClockTime(end)) return null;
  const from = parseClockTime(start);
  const until = parseClockTime(end);
  if (from === until) return 'none';
  return from < until ? 'same_day' : 'overnight';
}

/** Whether a time of day falls in quiet hours (start included, end not), as the worker decides it. */
export function inQuietHours(time: string, start: string, end: string): boolean {
  if (!isClockTime(time) || quietHoursShape(start, end) === null) return false;
  const at = parseClockTime(time);
  const from = parseClockTime(start);
  const until = parseClockTime(end);
  if (from === until) return false;
  return from < until ? at >= from && at < until : at >= from || at < until;
}
