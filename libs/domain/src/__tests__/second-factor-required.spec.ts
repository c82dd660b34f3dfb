import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secondFactorRequired } from '../passwords/second-factor-required';

describe('who must enrol a second factor', () => {
  it('is every manager and admin without one, and officers only where the firm says so', () => {
    const none = { enrolled: false, exempt: false };
    expect(secondFactorRequired({ role: 'manager', ...none }, { forOfficers: false })).toBe(true);
    expect(secondFactorRequired({ role: 'admin', ...none }, { forOfficers: false })).toBe(true);
    expect(secondFactorRequired({ role: 'officer', ...none }, { forOfficers: false })).toBe(false);
    expect(secondFactorRequired({ role: 'officer', ...none }, { forOfficers: true })).toBe(true);
  });

  it('never asks someone who has one, nor an exempt account', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('officer' as const, 'manager' as const, 'admin' as const),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (role, enrolled, exempt, forOfficers) =>
          !(enrolled || exempt) || !secondFactorRequired({ role, enrolled, exempt }, { forOfficers }),
      ),
    );
  });
});
