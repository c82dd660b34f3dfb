import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideSignInThrottle, type SignInThrottleLimits } from '../sign-in-throttle';

const limits: SignInThrottleLimits = {
  windowSeconds: 900,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};
const now = Date.UTC(2026, 10, 25, 8, 0, 0);

describe('sign-in throttle', () => {
  it('allows four recent failures and blocks the fifth', () => {
    const four = [1, 2, 3, 4].map((m) => now - m * 60_000);
    expect(decideSignInThrottle({ account: four, address: four }, now, limits)).toEqual({ blocked: false });
    const five = [...four, now - 10 * 60_000];
    // The fifth-newest failure was 10 minutes ago, so the account opens again in 5 minutes.
    expect(decideSignInThrottle({ account: five, address: five }, now, limits)).toEqual({
      blocked: true,
      retryAfterSeconds: 300,
    });
  });

  it('ignores failures older than the window', () => {
    const old = Array.from({ length: 50 }, (_, i) => now - 901_000 - i * 1000);
    expect(decideSignInThrottle({ account: old, address: old }, now, limits)).toEqual({ blocked: false });
  });

  it('blocks by address even when each account is below its limit', () => {
    const address = Array.from({ length: 20 }, (_, i) => now - i * 1000);
    const decision = decideSignInThrottle({ account: [], address }, now, limits);
    expect(decision.blocked).toBe(true);
  });

  it('never locks out for longer than the window, and unlocks exactly when promised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 40 }),
        (accountAgo, addressAgo) => {
          const history = {
            account: accountAgo.map((a) => now - a),
            address: addressAgo.map((a) => now - a),
          };
          const decision = decideSignInThrottle(history, now, limits);
          if (!decision.blocked) return;
          expect(decision.retryAfterSeconds).toBeGreaterThan(0);
          expect(decision.retryAfterSeconds).toBeLessThanOrEqual(limits.windowSeconds);
          const later = now + decision.retryAfterSeconds * 1000;
          expect(decideSignInThrottle(history, later, limits).blocked).toBe(false);
        },
      ),
    );
  });
});
