import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSessionOpen, standingAtRefresh } from '../passwords/session-standing';

const MIN = 60_000;
const signIn = new Date('2026-02-28T23:50:00+08:00');
const session = { lastActiveAt: signIn, expiresAt: new Date(signIn.getTime() + 12 * 60 * MIN) };
const at = (minutes: number) => new Date(signIn.getTime() + minutes * MIN);

describe('a session at a refresh', () => {
  it('stays open while the person is active and ends at the idle timeout to the millisecond', () => {
    expect(standingAtRefresh(session, at(29), 30 * MIN, 0)).toEqual({
      standing: 'open',
      lastActiveAt: at(29),
    });
    expect(standingAtRefresh(session, new Date(at(30).getTime() - 1), 30 * MIN, 0).standing).toBe('open');
    expect(standingAtRefresh(session, at(30), 30 * MIN, 0).standing).toBe('idle');
  });

  it('is idle when the page says its person has been away for the timeout, however recent the refresh', () => {
    const busy = { ...session, lastActiveAt: at(100) };
    expect(standingAtRefresh(busy, at(104), 30 * MIN, 29 * MIN).standing).toBe('open');
    expect(standingAtRefresh(busy, at(104), 30 * MIN, 30 * MIN).standing).toBe('idle');
  });

  it('ends at the absolute lifetime, across the end of February, however busy', () => {
    const busy = { ...session, lastActiveAt: at(12 * 60 - 1) };
    expect(at(12 * 60).toISOString()).toBe('2026-03-01T03:50:00.000Z');
    expect(standingAtRefresh(busy, at(12 * 60), 30 * MIN, 0).standing).toBe('expired');
  });

  it('never moves the activity back, nor past now, and a longer reported idle never keeps it more open', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 * 60 * MIN }),
        fc.integer({ min: 0, max: 12 * 60 * MIN }),
        fc.integer({ min: 0, max: 60 * MIN }),
        fc.integer({ min: 0, max: 60 * MIN }),
        fc.integer({ min: 5 * MIN, max: 240 * MIN }),
        (activeMs, afterMs, idleA, idleB, timeout) => {
          const s = { ...session, lastActiveAt: new Date(signIn.getTime() + activeMs) };
          const now = new Date(s.lastActiveAt.getTime() + afterMs);
          const result = standingAtRefresh(s, now, timeout, idleA);
          expect(result.lastActiveAt.getTime()).toBeGreaterThanOrEqual(s.lastActiveAt.getTime());
          expect(result.lastActiveAt.getTime()).toBeLessThanOrEqual(
            Math.max(now.getTime(), s.lastActiveAt.getTime()),
          );
          const longer = standingAtRefresh(s, now, timeout, Math.max(idleA, idleB));
          if (longer.standing === 'open') expect(result.standing).toBe('open');
          expect(result.standing === 'expired').toBe(now >= s.expiresAt);
          if (result.standing === 'open') expect(isSessionOpen(s, now, timeout)).toBe(true);
        },
      ),
    );
  });
});
