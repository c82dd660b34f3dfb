import { describe, expect, it } from 'vitest';
import type { DebtRecord } from '../../debts/debt';
import { lateFeesToDate } from '../case';

const debt = (over: Partial<DebtRecord>): DebtRecord => ({
  id: 'd',
  caseId: 'c',
  creditorId: 'r',
  creditorName: '招商銀行信用卡',
  product: 'credit_card',
  accountReferenceMasked: null,
  currency: 'CNY',
  principalFen: 1000000,
  outstandingFen: 1000000,
  overdueFen: 100000,
  overdueSince: '2026-10-01',
  status: 'open',
  excludedReason: null,
  minimumDueFen: 100000,
  daysOverdue: 65,
  penaltyAccruedFen: 32800,
  lateFeeAccruedFen: 15000,
  chargesAccruedFen: 47800,
  version: 1,
  ...over,
});

describe('a case’s late fees to date', () => {
  it('adds the open debts’ late fees in one currency, never another currency’s or a closed debt’s', () => {
    const debts = [
      debt({}),
      debt({ lateFeeAccruedFen: 5000 }),
      debt({ currency: 'TWD', lateFeeAccruedFen: 90000 }),
      debt({ status: 'excluded', lateFeeAccruedFen: 70000 }),
    ];
    expect(lateFeesToDate(debts, 'CNY')).toBe(20000);
    expect(lateFeesToDate(debts, 'TWD')).toBe(90000);
  });

  it('is nothing without debts', () => {
    expect(lateFeesToDate(undefined, 'CNY')).toBe(0);
    expect(lateFeesToDate([], 'TWD')).toBe(0);
  });
});
