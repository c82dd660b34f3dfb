import { describe, expect, it } from 'vitest';
import { firmInstant, firmNow, firmToday, formatCalendarDate, formatFirmRelative } from '../firm';

describe('the firm’s calendar', () => {
  it('writes a calendar date as that same day in any language', () => {
    expect(formatCalendarDate('2026-03-01', 'en-CA')).toBe('2026-03-01');
    expect(formatCalendarDate('2026-03-01', 'zh-TW')).toBe('2026/03/01');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });

  it('turns the day in Taipei, not at UTC midnight', () => {
    // 16:30 UTC on 28 Feb is already 1 March in Taipei (UTC+8).
    expect(firmToday(new Date('2026-02-28T16:30:00Z'))).toBe('2026-03-01');
    expect(firmToday(new Date('2026-02-28T15:30:00Z'))).toBe('2026-02-28');
  });
});

describe('instants typed on the firm’s clock', () => {
  it('carry the firm’s offset, as the API requires', () => {
    expect(firmInstant('2026-11-25', '10:30')).toBe('2026-11-25T10:30:00+08:00');
    expect(new Date(firmInstant('2026-11-25', '00:15') ?? '').toISOString()).toBe('2026-11-24T16:15:00.000Z');
  });

  it('follow daylight saving where the firm has it', () => {
    expect(firmInstant('2026-07-01', '09:00', 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
    expect(firmInstant('2026-01-15', '09:00', 'Europe/Berlin')).toBe('2026-01-15T09:00:00+01:00');
    expect(firmInstant('2026-01-15', '09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
  });

  it('refuse what is not a date and a clock time', () => {
    expect(firmInstant('2026-11-25', '24:00')).toBeNull();
    expect(firmInstant('2026-13-01', '10:00')).toBeNull();
    expect(firmInstant('', '10:00')).toBeNull();
    expect(firmInstant('2026-11-25', '')).toBeNull();
  });

  it('start from the firm’s date and time now', () => {
    expect(firmNow(new Date('2026-02-28T16:30:00Z'))).toEqual({ date: '2026-03-01', time: '00:30' });
  });
});

describe('how long ago, for what just arrived', () => {
  // 10:00 in Taipei.
  const now = new Date('2026-11-25T02:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('says now, minutes and hours in the interface language', () => {
    expect(formatFirmRelative(ago(20_000), 'zh-TW', now)).toBe('現在');
    expect(formatFirmRelative(ago(5 * 60_000), 'zh-TW', now)).toBe('5 分鐘前');
    expect(formatFirmRelative(ago(59 * 60_000 + 59_000), 'en', now)).toBe('59 minutes ago');
    expect(formatFirmRelative(ago(3 * 3600_000), 'zh-CN', now)).toBe('3小时前');
  });

  it('counts days by the firm’s calendar, then gives the date and time', () => {
    // 23:30 the day before in Taipei, 10.5 hours ago: still hours.
    expect(formatFirmRelative('2026-11-24T15:30:00Z', 'en', now)).toBe('10 hours ago');
    // 08:00 the day before, 26 hours ago: yesterday; 30 hours ago (04:00 the day before) too.
    expect(formatFirmRelative('2026-11-24T00:00:00Z', 'zh-TW', now)).toBe('昨天');
    expect(formatFirmRelative('2026-11-23T20:00:00Z', 'zh-TW', now)).toBe('昨天');
    expect(formatFirmRelative('2026-11-22T01:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatFirmRelative('2026-11-10T01:00:00Z', 'en-CA', now)).toBe('2026-11-10, 09:00');
  });

  it('shows an instant ahead of the clock as it is, and a server a little ahead as now', () => {
    expect(formatFirmRelative(ago(-30_000), 'en', now)).toBe('now');
    expect(formatFirmRelative('2026-11-26T01:00:00Z', 'en-CA', now)).toBe('2026-11-26, 09:00');
    expect(formatFirmRelative('garbage', 'en', now)).toBe('garbage');
  });
});
