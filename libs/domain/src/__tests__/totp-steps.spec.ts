import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideTotp, TOTP_DRIFT_STEPS, totpStep } from '../passwords/totp-steps';

describe('TOTP steps (RFC 6238)', () => {
  it('counts 30-second steps from the epoch, as authenticator apps do', () => {
    // RFC 6238 appendix B: T = 0x273EF07 at 2009-02-13T23:31:30Z.
    expect(totpStep(new Date('2009-02-13T23:31:30Z'))).toBe(0x273ef07);
    expect(totpStep(new Date('2009-02-13T23:31:59.999Z'))).toBe(0x273ef07);
    expect(totpStep(new Date('2009-02-13T23:32:00Z'))).toBe(0x273ef08);
  });

  it('accepts a code of this step or one step either side, once', () => {
    const now = 1000;
    for (const step of [999, 1000, 1001]) expect(decideTotp(step, null, now)).toBe('accepted');
    expect(decideTotp(998, null, now)).toBe('wrong');
    expect(decideTotp(1002, null, now)).toBe('wrong');
    expect(decideTotp(null, null, now)).toBe('wrong');
    expect(decideTotp(1000, 1000, now)).toBe('replayed');
  });

  it('never accepts a code of the step last accepted or an earlier one, wherever the clock is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: -3, max: 3 }),
        fc.nat(5),
        (now, d, back) => {
          const last = now + d;
          const decision = decideTotp(last - back, last, now);
          return decision === 'replayed' || decision === 'wrong';
        },
      ),
    );
  });

  it('accepts only within the drift window, and then only a step after the last accepted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1e9 }),
        fc.integer({ min: -5, max: 5 }),
        fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
        (now, d, lastD) => {
          const last = lastD === null ? null : now + lastD;
          const accepted = decideTotp(now + d, last, now) === 'accepted';
          return accepted === (Math.abs(d) <= TOTP_DRIFT_STEPS && (last === null || now + d > last));
        },
      ),
    );
  });
});
