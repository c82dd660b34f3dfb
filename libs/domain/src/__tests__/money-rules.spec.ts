import { CURRENCIES, type Currency } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { formatAmounts, formatMoney, parseYuan, sumByCurrency } from '../money';
import { accruedChargesFen, daysOverdue, savingsAtAgreement } from '../penalty';
import { suggestPlans } from '../proposal-suggestions';
import { huabei, ruleArb } from './support/penalty-rules';

const currencyArb = fc.constantFrom(...CURRENCIES);
const amountArb = fc.integer({ min: -1e12, max: 1e12 });

describe('money in its currency', () => {
  it('shows Taiwan dollars as NT$ and yuan as ¥', () => {
    expect(formatMoney(123456, 'TWD', 'zh-TW')).toBe('NT$1,234.56');
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(-5, 'TWD', 'en')).toBe('-NT$0.05');
    expect(formatAmounts({ TWD: 300000, CNY: 120000 })).toBe('¥1,200.00 · NT$3,000.00');
  });

  it('writes every amount in every currency so that it reads back exactly, its symbol aside', () => {
    fc.assert(
      fc.property(amountArb, currencyArb, (fen, currency) => {
        const text = formatMoney(fen, currency);
        expect(text.includes(currency === 'TWD' ? 'NT$' : '¥')).toBe(true);
        expect(parseYuan(text.replace(/NT\$|¥/, ''))).toBe(fen);
      }),
    );
  });

  it('sums per currency: each sum is of its own currency only, and nothing is added across them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ currency: currencyArb, fen: fc.integer({ min: 0, max: 1e12 }) })),
        (items) => {
          const sums = sumByCurrency(
            items,
            (i) => i.currency,
            (i) => i.fen,
          );
          for (const currency of CURRENCIES) {
            const mine = items.filter((i) => i.currency === currency);
            if (mine.length) expect(sums[currency]).toBe(mine.reduce((s, i) => s + i.fen, 0));
            else expect(sums[currency]).toBeUndefined();
          }
          expect(Object.keys(sums).every((k) => (CURRENCIES as readonly string[]).includes(k))).toBe(true);
        },
      ),
    );
  });

  it('keeps a TWD amount out of the yuan sum however the debts are ordered', () => {
    const items: { currency: Currency; fen: number }[] = [
      { currency: 'CNY', fen: 5000000 },
      { currency: 'TWD', fen: 8000000 },
    ];
    expect(
      sumByCurrency(
        items.reverse(),
        (i) => i.currency,
        (i) => i.fen,
      ),
    ).toEqual({ CNY: 5000000, TWD: 8000000 });
  });
});

describe('honest savings', () => {
  const debtArb = fc
    .record({
      outstandingFen: fc.integer({ min: 0, max: 1e10 }),
      overdueShare: fc.integer({ min: 0, max: 100 }),
      ago: fc.integer({ min: 0, max: 3000 }),
    })
    .map(({ outstandingFen, overdueShare, ago }) => ({
      principalFen: outstandingFen,
      outstandingFen,
      overdueFen: Math.floor((outstandingFen * overdueShare) / 100),
      overdueSince: addDays('2026-06-01', -ago),
    }));

  it('never exceed the penalty and fees accrued to the day of agreement plus the principal actually reduced', () => {
    fc.assert(
      fc.property(debtArb, ruleArb, fc.integer({ min: 1, max: 2e10 }), (debt, rule, planTotalFen) => {
        const agreedOn = '2026-06-01';
        const accrued = accruedChargesFen(rule, debt, daysOverdue(debt.overdueSince, agreedOn)).totalFen;
        const { savedFen } = savingsAtAgreement(debt, rule, planTotalFen, agreedOn);
        expect(savedFen).toBeGreaterThanOrEqual(0);
        expect(savedFen).toBeLessThanOrEqual(accrued + Math.max(0, debt.outstandingFen - planTotalFen));
      }),
    );
  });

  it('saturate rather than turn inexact when an uncapped rule compounds for years (found by the property above)', () => {
    const debt = {
      principalFen: 3851683316,
      outstandingFen: 3851683316,
      overdueFen: 77033666,
      overdueSince: '2018-06-19',
    };
    const rule = {
      dailyRatePpm: 7051,
      base: 'overdue_amount' as const,
      compounding: 'monthly' as const,
      capBp: null,
      yearlyCapBp: null,
      lateFee: { kind: 'fixed' as const, fen: 0, maxCycles: null },
    };
    const { withoutAgreementFen, savedFen } = savingsAtAgreement(debt, rule, 1, '2026-06-01');
    expect(withoutAgreementFen).toBe(Number.MAX_SAFE_INTEGER);
    expect(savedFen).toBe(Number.MAX_SAFE_INTEGER - 1);
    expect(Number.isSafeInteger(savedFen)).toBe(true);
  });

  it('never depend on the plan’s length: the suggested short and long plans of one kind save alike', () => {
    fc.assert(
      fc.property(debtArb, ruleArb, fc.integer({ min: 1, max: 1e8 }), (debt, rule, capacityFen) => {
        const plans = suggestPlans({
          ...debt,
          rule,
          product: 'huabei',
          maxMonths: 60,
          capacityFen,
          today: '2026-06-01',
        });
        for (const kind of ['installments', 'interest_freeze'] as const) {
          const saved = new Set(plans.filter((p) => p.kind === kind).map((p) => p.savingsFen));
          expect(saved.size).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('ignore penalty that would run after the day of agreement (the cost of waiting)', () => {
    // ¥50,000 card debt 30 days overdue at 0.05 %/day: ¥750 accrued. A 60-month plan of ¥50,000 saves
    // ¥750, not the ¥45,000-odd that five more years of penalty would have "saved".
    const debt = {
      principalFen: 5000000,
      outstandingFen: 5000000,
      overdueFen: 5000000,
      overdueSince: '2026-05-02',
    };
    expect(savingsAtAgreement(debt, huabei, 5000000, '2026-06-01')).toEqual({
      withoutAgreementFen: 5075000,
      savedFen: 75000,
    });
  });
});
