import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { documentRequestReminders, installmentReminders, upcoming } from '../reminder-plans';
import { inQuietHours, releaseAfterQuietHours, wallClock, zonedInstant } from '../zoned-time';

const ZONES = ['Asia/Taipei', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC'];
const QUIET = { start: '21:00', end: '08:00' };
const clock = { timeZone: 'Asia/Taipei', staffTime: '09:00', clientTime: '10:00' };

const dateArb = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const instantArb = fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });

describe('firm wall clock', () => {
  it('turns a firm date and time into the instant its clocks show it (Taipei is UTC+8)', () => {
    expect(zonedInstant('2026-12-01', '09:00', 'Asia/Taipei').toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(zonedInstant('2026-03-01', '00:30', 'Asia/Taipei').toISOString()).toBe('2026-02-28T16:30:00.000Z');
    // New York in summer (UTC-4) and in winter (UTC-5).
    expect(zonedInstant('2026-07-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
    expect(zonedInstant('2026-12-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
  });

  it('round-trips every date and time through the wall clock, in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(dateArb, timeArb, fc.constantFrom(...ZONES), (date, time, zone) => {
        const instant = zonedInstant(date, time, zone);
        const shown = wallClock(instant, zone);
        const [h, m] = time.split(':').map(Number);
        // 02:xx on a spring-forward night does not exist; it resolves to the first instant after the gap.
        if (shown.date === date && shown.minutes === h * 60 + m) return;
        expect(zone).toBe('America/New_York');
        expect(instant.getTime()).toBeGreaterThan(zonedInstant(date, '00:00', zone).getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('quiet hours (21:00–08:00 in the firm time zone)', () => {
  it('holds a 23:00 message until 08:00 the next morning, and a 06:00 one until 08:00 that day', () => {
    const late = zonedInstant('2026-12-01', '23:00', 'Asia/Taipei');
    expect(releaseAfterQuietHours(late, 'Asia/Taipei', QUIET).toISOString()).toBe(
      zonedInstant('2026-12-02', '08:00', 'Asia/Taipei').toISOString(),
    );
    const early = zonedInstant('2026-12-02', '06:00', 'Asia/Taipei');
    expect(releaseAfterQuietHours(early, 'Asia/Taipei', QUIET).toISOString()).toBe(
      zonedInstant('2026-12-02', '08:00', 'Asia/Taipei').toISOString(),
    );
    const noon = zonedInstant('2026-12-02', '12:00', 'Asia/Taipei');
    expect(releaseAfterQuietHours(noon, 'Asia/Taipei', QUIET)).toBe(noon);
  });

  it('never releases earlier than asked, never inside quiet hours, never more than 11 hours late', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...ZONES), (instant, zone) => {
        const released = releaseAfterQuietHours(instant, zone, QUIET);
        expect(released.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(inQuietHours(released, zone, QUIET)).toBe(false);
        expect(released.getTime() - instant.getTime()).toBeLessThanOrEqual(12 * 3600_000);
        expect(releaseAfterQuietHours(released, zone, QUIET)).toBe(released);
      }),
      { numRuns: 1000 },
    );
  });

  it('also handles a window that does not cross midnight', () => {
    const lunch = { start: '12:00', end: '13:30' };
    const instant = zonedInstant('2026-12-02', '12:10', 'Asia/Taipei');
    expect(wallClock(releaseAfterQuietHours(instant, 'Asia/Taipei', lunch), 'Asia/Taipei')).toEqual({
      date: '2026-12-02',
      minutes: 13 * 60 + 30,
    });
  });
});

describe('reminder plans', () => {
  it('reminds the client 3 days and 1 day before an installment, the officer the day before, then escalates', () => {
    const plan = installmentReminders('2026-12-15', clock).map((r) => [
      r.kind,
      r.recipient,
      wallClock(r.dueAt, 'Asia/Taipei'),
    ]);
    expect(plan).toEqual([
      ['installment_due', 'client', { date: '2026-12-12', minutes: 600 }],
      ['installment_due', 'officer', { date: '2026-12-14', minutes: 540 }],
      ['installment_due', 'client', { date: '2026-12-14', minutes: 600 }],
      ['installment_missed', 'officer', { date: '2026-12-16', minutes: 540 }],
      ['installment_missed', 'manager', { date: '2026-12-22', minutes: 540 }],
    ]);
  });

  it('gives every reminder of a cause its own slot, in time order, and looks forward only', () => {
    fc.assert(
      fc.property(dateArb, instantArb, (due, now) => {
        for (const plan of [installmentReminders(due, clock), documentRequestReminders(due, clock)]) {
          expect(new Set(plan.map((r) => `${r.kind}/${r.slot}`)).size).toBe(plan.length);
          const times = plan.map((r) => r.dueAt.getTime());
          expect([...times].sort((a, b) => a - b)).toEqual(times);
          for (const r of upcoming(plan, now)) expect(r.dueAt.getTime()).toBeGreaterThan(now.getTime());
        }
      }),
    );
    expect(documentRequestReminders(addDays('2026-12-15', 0), clock)).toHaveLength(3);
  });
});
