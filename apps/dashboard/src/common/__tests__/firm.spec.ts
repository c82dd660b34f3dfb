import { describe, expect, it } from 'vitest';
import { firmToday, formatCalendarDate } from '../firm';

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
