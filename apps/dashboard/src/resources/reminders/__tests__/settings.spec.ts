import { describe, expect, it } from 'vitest';
import { inQuietHours, quietHoursShape, settingsBody } from '../settings';

describe('the reminder settings form', () => {
  it('sends every setting and the version read, and nothing the API did not ask for', () => {
    const read = {
      id: 1,
      quietStart: '21:00',
      quietEnd: '08:00',
      staffTime: '09:00',
      clientTime: '10:00',
      digestTime: '08:30',
      staleAfterDays: '21' as unknown as number,
      clientChannels: ['sms' as const],
      version: 4,
      updatedAt: '2026-11-25T01:00:00Z',
      timeZone: 'Asia/Taipei',
    };
    expect(settingsBody(read, read.version)).toEqual({
      quietStart: '21:00',
      quietEnd: '08:00',
      staffTime: '09:00',
      clientTime: '10:00',
      digestTime: '08:30',
      staleAfterDays: 21,
      clientChannels: ['sms'],
      version: 4,
    });
  });
});

describe('quiet hours', () => {
  it('read as overnight, within a day, or none', () => {
    expect(quietHoursShape('21:00', '08:00')).toBe('overnight');
    expect(quietHoursShape('12:00', '13:30')).toBe('same_day');
    expect(quietHoursShape('08:00', '08:00')).toBe('none');
    expect(quietHoursShape('25:00', '08:00')).toBeNull();
  });

  it('hold a time the way the worker does: the start is quiet, the end is not', () => {
    expect(inQuietHours('21:00', '21:00', '08:00')).toBe(true);
    expect(inQuietHours('03:15', '21:00', '08:00')).toBe(true);
    expect(inQuietHours('08:00', '21:00', '08:00')).toBe(false);
    expect(inQuietHours('10:00', '21:00', '08:00')).toBe(false);
    expect(inQuietHours('12:30', '12:00', '13:30')).toBe(true);
    expect(inQuietHours('13:30', '12:00', '13:30')).toBe(false);
    expect(inQuietHours('10:00', '10:00', '10:00')).toBe(false);
    expect(inQuietHours('', '21:00', '08:00')).toBe(false);
  });
});
