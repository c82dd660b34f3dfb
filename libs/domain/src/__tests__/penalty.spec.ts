import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { accruedPenaltyFen, daysOverdue, projectPenalty, savingsAtAgreement } from '../penalty';
import { huabei, ruleArb } from './support/penalty-rules';

describe('penalty interest', () => {
  it('charges ¥30.00 on ¥2,000 overdue for 30 days at 0.05 % a day', () => {
    expect(accruedPenaltyFen(200000, 30, huabei)).toBe(3000);
  });

  it('rounds down to the fen', () => {
    // ¥0.99 × 0.05 % × 1 day = 0.0495 fen → 0
    expect(accruedPenaltyFen(99, 1, huabei)).toBe(0);
    // ¥123.45 × 0.05 % × 7 days = 43.2075 fen → 43
    expect(accruedPenaltyFen(12345, 7, huabei)).toBe(43);
  });

  it('respects the cap', () => {
    expect(accruedPenaltyFen(100000, 10000, { ...huabei, capBp: 2400 })).toBe(24000);
  });

  it('counts days from the due date, never negative', () => {
    expect(daysOverdue('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysOverdue('2026-02-01', '2026-01-31')).toBe(0);
    expect(daysOverdue(null, '2026-01-31')).toBe(0);
    expect(daysOverdue('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('is an integer, monotone in days and in amount, and never above the cap', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 3650 }),
        (rule, a, b, d1, d2) => {
          const [smallAmount, bigAmount] = a <= b ? [a, b] : [b, a];
          const [fewDays, manyDays] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const p = accruedPenaltyFen(smallAmount, fewDays, rule);
          expect(Number.isSafeInteger(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(accruedPenaltyFen(smallAmount, manyDays, rule)).toBeGreaterThanOrEqual(p);
          expect(accruedPenaltyFen(bigAmount, fewDays, rule)).toBeGreaterThanOrEqual(p);
          if (rule.capBp !== null)
            expect(p).toBeLessThanOrEqual(Math.floor((smallAmount * rule.capBp) / 10000) + 1);
        },
      ),
    );
  });

  it('projects today, +30, +90 and +180 days, each at least the one before', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1000 }),
        (rule, amount, ago) => {
          const overdueSince = new Date(Date.UTC(2026, 10, 25) - ago * 86_400_000).toISOString().slice(0, 10);
          const points = projectPenalty(
            { principalFen: amount, outstandingFen: amount, overdueFen: amount, overdueSince },
            rule,
            '2026-11-25',
          );
          expect(points.map((p) => p.afterDays)).toEqual([0, 30, 90, 180]);
          expect(points[0].daysOverdue).toBe(ago);
          for (let i = 1; i < points.length; i++) {
            expect(points[i].penaltyFen).toBeGreaterThanOrEqual(points[i - 1].penaltyFen);
            expect(points[i].lateFeeFen).toBeGreaterThanOrEqual(points[i - 1].lateFeeFen);
            expect(points[i].totalOwedFen).toBe(amount + points[i].penaltyFen + points[i].lateFeeFen);
          }
        },
      ),
    );
  });
});

describe('savings at agreement', () => {
  it('is what the creditor claimed on the day of agreement, less the plan', () => {
    // ¥2,000 overdue since 2026-01-01, agreed on 2026-01-31: ¥2,030 claimed that day.
    const debt = {
      principalFen: 200000,
      outstandingFen: 200000,
      overdueFen: 200000,
      overdueSince: '2026-01-01',
    };
    expect(savingsAtAgreement(debt, huabei, 190000, '2026-01-31')).toEqual({
      withoutAgreementFen: 203000,
      savedFen: 13000,
    });
    // A plan dearer than the claim (interest on the installments) saves nothing rather than a negative.
    expect(savingsAtAgreement(debt, huabei, 210000, '2026-01-31').savedFen).toBe(0);
  });

  it('plus the plan is the claim when the plan costs less, and is never negative', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 0, max: 2000 }),
        (rule, outstandingFen, planTotalFen, days) => {
          const debt = { principalFen: outstandingFen, outstandingFen, overdueFen: outstandingFen };
          const result = savingsAtAgreement(
            { ...debt, overdueSince: '2025-01-01' },
            rule,
            planTotalFen,
            addDays('2025-01-01', days),
          );
          expect(result.savedFen).toBe(Math.max(0, result.withoutAgreementFen - planTotalFen));
          expect(result.withoutAgreementFen).toBeGreaterThanOrEqual(outstandingFen);
          expect(Number.isInteger(result.savedFen)).toBe(true);
        },
      ),
    );
  });
});
