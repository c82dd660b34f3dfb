import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideSignInThrottle,
  pairDelaySeconds,
  signInAddressOf,
  type FailureHistory,
  type SignInThrottleLimits,
} from '../sign-in-throttle';

const limits: SignInThrottleLimits = {
  windowSeconds: 900,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  firstDelaySeconds: 1,
};
const now = Date.UTC(2026, 10, 25, 8, 0, 0);
const ago = (...seconds: number[]) => seconds.map((s) => now - s * 1000);
const none: FailureHistory = { pair: [], account: [], address: [] };

describe('sign-in throttle', () => {
  it('lets a pair with no failures try', () => {
    expect(decideSignInThrottle(none, now, limits)).toEqual({ blocked: false });
  });

  it("makes a failing pair wait twice as long after each failure, counted from the pair's last one", () => {
    expect([1, 2, 3, 4, 5, 10, 11, 60].map((n) => pairDelaySeconds(n, limits))).toEqual([
      1, 2, 4, 8, 16, 512, 900, 900,
    ]);
    const two = ago(5, 1);
    const history = { pair: two, account: two, address: two };
    // Two failures: two seconds after the newest, which was one second ago.
    expect(decideSignInThrottle(history, now, limits)).toEqual({ blocked: true, retryAfterSeconds: 1 });
    expect(decideSignInThrottle(history, now + 1000, limits)).toEqual({ blocked: false });
  });

  it('counts an attempt still in hand, stamped now, as a failure of its pair', () => {
    const inHand = { pair: [now], account: [now], address: [now] };
    expect(decideSignInThrottle(inHand, now, limits)).toEqual({ blocked: true, retryAfterSeconds: 1 });
  });

  it('blocks a pair that failed once the account has five failures, until the fifth-newest leaves the window', () => {
    const account = ago(60, 120, 180, 240, 600);
    const history = { pair: ago(600), account, address: ago(600) };
    // The fifth-newest failure was 10 minutes ago, so the pair may try again in 5 minutes.
    expect(decideSignInThrottle(history, now, limits)).toEqual({ blocked: true, retryAfterSeconds: 300 });
  });

  it('lets an address that has not failed for the account try while the account is under attack', () => {
    const attacked = Array.from({ length: 200 }, (_, i) => now - i * 1000);
    expect(decideSignInThrottle({ pair: [], account: attacked, address: [] }, now, limits)).toEqual({
      blocked: false,
    });
  });

  it('blocks an address with twenty failures for any e-mails, even for an e-mail it never tried', () => {
    const address = Array.from({ length: 20 }, (_, i) => now - i * 1000);
    const decision = decideSignInThrottle({ pair: [], account: [], address }, now, limits);
    expect(decision).toEqual({ blocked: true, retryAfterSeconds: 900 - 19 });
  });

  it('ignores failures older than the window', () => {
    const old = Array.from({ length: 50 }, (_, i) => now - 900_000 - i * 1000);
    expect(decideSignInThrottle({ pair: old, account: old, address: old }, now, limits)).toEqual({
      blocked: false,
    });
  });

  it('counts a failure stamped ahead of now by another replica as now, not longer', () => {
    const ahead = [now + 30_000];
    expect(decideSignInThrottle({ pair: ahead, account: ahead, address: ahead }, now, limits)).toEqual({
      blocked: true,
      retryAfterSeconds: 1,
    });
  });

  it('never locks out for longer than the window, and unlocks exactly when promised', () => {
    const instants = fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 40 });
    fc.assert(
      fc.property(
        instants,
        instants,
        instants,
        fc.integer({ min: 1, max: 120 }),
        (pair, account, address, first) => {
          const own = { ...limits, firstDelaySeconds: first };
          // A pair's failures are failures of its account and its address too.
          const history = {
            pair: pair.map((a) => now - a),
            account: [...pair, ...account].map((a) => now - a),
            address: [...pair, ...address].map((a) => now - a),
          };
          const decision = decideSignInThrottle(history, now, own);
          if (!decision.blocked) return;
          expect(decision.retryAfterSeconds).toBeGreaterThan(0);
          expect(decision.retryAfterSeconds).toBeLessThanOrEqual(own.windowSeconds);
          const later = now + decision.retryAfterSeconds * 1000;
          expect(decideSignInThrottle(history, later, own).blocked).toBe(false);
        },
      ),
    );
  });
});

describe('the address failures are counted under', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['0:0:0:0:0:FFFF:198.51.100.1', '198.51.100.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [null, ''],
    ['not an address', 'not an address'],
  ])('%s → %s', (ip, expected) => {
    expect(signInAddressOf(ip)).toBe(expected);
  });

  it('puts every address of one /64 in one bucket', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }), (host) => {
        const ip = `2001:db8:aa:bb:${host.map((h) => h.toString(16)).join(':')}`;
        expect(signInAddressOf(ip)).toBe('2001:db8:aa:bb::/64');
      }),
    );
  });
});
