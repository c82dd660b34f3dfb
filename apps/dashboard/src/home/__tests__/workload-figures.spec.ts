import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatRate,
  funnelLabel,
  NO_FIGURE,
  OPEN_STAGES,
  officerCasesPath,
  overdueItems,
} from '../workload/workload-figures';

describe('the workload’s figures as shown', () => {
  it('adds the three kinds of late work', () => {
    expect(overdueItems({ overdue: { reminders: 1, documents: 2, followUps: 3 } })).toBe(6);
  });

  it('lists the open stages in the spine’s order, without closed', () => {
    expect(OPEN_STAGES).toEqual([
      'intake',
      'documents',
      'creditor_contact',
      'negotiating',
      'agreed',
      'repaying',
      'credit_repair',
    ]);
  });

  it('writes shares as whole percentages and days with their one decimal, a dash for none', () => {
    expect(formatRate(2 / 3, 'en')).toBe('67%');
    expect(formatRate(1, 'zh-TW')).toBe('100%');
    expect(formatRate(null, 'en')).toBe(NO_FIGURE);
    expect(formatDays(12.5, 'en')).toBe('12.5');
    expect(formatDays(12, 'en')).toBe('12');
    expect(formatDays(null, 'en')).toBe(NO_FIGURE);
  });

  it('labels a funnel step with its cases, and the share of the step before when there is one', () => {
    const rate = (share: number) => formatRate(share, 'en');
    expect(funnelLabel({ cases: 10, conversionFromPrevious: null }, rate)).toBe('10');
    expect(funnelLabel({ cases: 4, conversionFromPrevious: 0.4 }, rate)).toBe('4 (40%)');
  });

  it('leads to the case list filtered by the officer', () => {
    const path = officerCasesPath('a1');
    expect(path.startsWith('/cases?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.slice('/cases?filter='.length)))).toEqual({ officerId: 'a1' });
  });
});
