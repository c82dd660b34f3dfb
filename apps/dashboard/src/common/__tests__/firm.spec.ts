import { describe, expect, it } from 'vitest';
import { firmInstant, firmNow, firmToday, formatCalendarDate } from '../firm';

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
