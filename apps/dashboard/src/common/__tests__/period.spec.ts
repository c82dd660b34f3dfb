import { describe, expect, it } from 'vitest';
import { lastDays, periodProblem, presetOf } from '../period';

describe('a report’s period', () => {
  it('counts the last days with today included, as the API’s default of 30 does', () => {
    expect(lastDays(30, '2026-11-25')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(lastDays(7, '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(lastDays(1, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('knows which quick choice a period is, only when it ends today', () => {
    expect(presetOf({ from: '2026-10-27', to: '2026-11-25' }, '2026-11-25')).toBe(30);
    expect(presetOf({ from: '2026-08-28', to: '2026-11-25' }, '2026-11-25')).toBe(90);
    expect(presetOf({ from: '2026-10-26', to: '2026-11-25' }, '2026-11-25')).toBeNull();
    expect(presetOf({ from: '2026-10-27', to: '2026-11-25' }, '2026-11-26')).toBeNull();
  });

  it('refuses what the API would: half-typed dates, backwards, longer than 366 days', () => {
    expect(periodProblem({ from: '2026-11-01', to: '2026-11-01' })).toBeNull();
    expect(periodProblem({ from: '', to: '2026-11-01' })).toBe('accord.period.incomplete');
    expect(periodProblem({ from: '2026-11-02', to: '2026-11-01' })).toBe('accord.period.backwards');
    // 2024 is a leap year: 2024-01-01 to 2024-12-31 is 366 days, the most allowed.
    expect(periodProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeNull();
    expect(periodProblem({ from: '2024-01-01', to: '2025-01-01' })).toBe('accord.period.too_long');
  });
});
