import { CREDITOR_PRODUCTS } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affordability, householdLivingMinimum, shortfall, type DebtToPlan } from '../affordability';
import { longestPlan } from '../proposal-suggestions';

const fenArb = fc.integer({ min: 0, max: 1e9 });
const figuresArb = fc.record({
  incomeFen: fc.array(fenArb, { maxLength: 5 }),
  essentialSpendingFen: fc.array(fenArb, { maxLength: 5 }),
  otherDebtPaymentsFen: fc.array(fenArb, { maxLength: 5 }),
  dependants: fc.integer({ min: 0, max: 30 }),
  livingMinimumPerPersonFen: fc.option(fc.integer({ min: 0, max: 5e7 }), { nil: null }),
});
const commitArb = fc.integer({ min: 0, max: 10000 });
const debtsArb = fc
  .array(
    fc.record({
      outstandingFen: fc.integer({ min: 0, max: 1e11 }),
      product: fc.constantFrom(...CREDITOR_PRODUCTS),
      maxMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    }),
    { maxLength: 6 },
  )
  .map((debts): DebtToPlan[] => debts.map((d, i) => ({ ...d, debtId: `d${i}` })));

describe('affordability with the living minimum', () => {
  // Hand-computed: 上海 low-income floor ¥1,510 a person (151000 fen), commit 70 %.
  it.each([
    // income, stated spending, other debts, dependants, floor per person → counted, which, disposable, capacity
    [800000, 200000, 100000, 2, 151000, 453000, 'living_minimum', 247000, 172900],
    [800000, 500000, 100000, 2, 151000, 500000, 'stated', 200000, 140000],
    [800000, 453000, 0, 2, 151000, 453000, 'stated', 347000, 242900],
    [400000, 0, 0, 3, 151000, 604000, 'living_minimum', -204000, 0],
    [800000, 200000, 100000, 2, null, 200000, 'stated', 500000, 350000],
  ] as const)(
    'income %i, stated %i, other %i, %i dependants, floor %s → counts %i (%s), disposable %i, capacity %i',
    (income, stated, other, dependants, perPerson, counted, which, disposable, capacity) => {
      const a = affordability(
        {
          incomeFen: [income],
          essentialSpendingFen: [stated],
          otherDebtPaymentsFen: [other],
          dependants,
          livingMinimumPerPersonFen: perPerson,
        },
        7000,
      );
      expect(a.householdLivingMinimumFen).toBe(perPerson === null ? null : perPerson * (1 + dependants));
      expect(a.countedSpendingFen).toBe(counted);
      expect(a.spendingCounted).toBe(which);
      expect(a.essentialSpendingFen).toBe(stated);
      expect(a.disposableFen).toBe(disposable);
      expect(a.capacityFen).toBe(capacity);
    },
  );

  it('capacity is never negative, never above disposable, and spending counted is never below the floor', () => {
    fc.assert(
      fc.property(figuresArb, commitArb, (figures, bp) => {
        const a = affordability(figures, bp);
        expect(a.capacityFen).toBeGreaterThanOrEqual(0);
        expect(a.capacityFen).toBeLessThanOrEqual(Math.max(0, a.disposableFen));
        expect(Number.isInteger(a.capacityFen)).toBe(true);
        expect(a.countedSpendingFen).toBe(Math.max(a.essentialSpendingFen, a.householdLivingMinimumFen ?? 0));
        expect(a.disposableFen).toBe(a.incomeFen - a.countedSpendingFen - a.otherDebtPaymentsFen);
        if (a.householdLivingMinimumFen !== null)
          expect(a.incomeFen - a.otherDebtPaymentsFen - a.capacityFen).toBeGreaterThanOrEqual(
            Math.min(a.householdLivingMinimumFen, a.incomeFen - a.otherDebtPaymentsFen),
          );
      }),
    );
  });

  it('more dependants never raise capacity', () => {
    fc.assert(
      fc.property(figuresArb, commitArb, fc.integer({ min: 0, max: 10 }), (figures, bp, more) => {
        const fewer = affordability(figures, bp);
        const withMore = affordability({ ...figures, dependants: figures.dependants + more }, bp);
        expect(withMore.capacityFen).toBeLessThanOrEqual(fewer.capacityFen);
      }),
    );
  });

  it('the household minimum counts the client and each dependant', () => {
    expect(householdLivingMinimum(151000, 0)).toBe(151000);
    expect(householdLivingMinimum(151000, 3)).toBe(604000);
  });
});

describe('the shortfall against the cheapest plan', () => {
  it('measures each debt on its creditor longest plan (hand-computed)', () => {
    const debts: DebtToPlan[] = [
      { debtId: 'a', outstandingFen: 3600000, product: 'credit_card', maxMonths: null }, // 60 → 60000
      { debtId: 'b', outstandingFen: 1000001, product: 'jiebei', maxMonths: 24 }, // → 41667
    ];
    expect(shortfall(90000, debts)).toEqual({
      neededFen: 101667,
      capacityFen: 90000,
      shortfallFen: 11667,
      plans: [
        { debtId: 'a', months: 60, monthlyFen: 60000 },
        { debtId: 'b', months: 24, monthlyFen: 41667 },
      ],
    });
    expect(shortfall(101667, debts).shortfallFen).toBe(0);
    expect(shortfall(0, []).shortfallFen).toBe(0);
  });

  it('is zero exactly when the cheapest plan fits, else needed − capacity, to the fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), debtsArb, (capacity, debts) => {
        const s = shortfall(capacity, debts);
        const fits = capacity >= s.neededFen;
        expect(s.shortfallFen === 0).toBe(fits);
        if (!fits) expect(s.shortfallFen).toBe(s.neededFen - capacity);
        expect(Number.isInteger(s.shortfallFen)).toBe(true);
        for (const p of s.plans) {
          const debt = debts.find((d) => d.debtId === p.debtId) as DebtToPlan;
          expect(p.months).toBe(longestPlan(debt.product, debt.maxMonths));
          // The lowest payment that clears the debt in the months allowed, to the fen.
          expect(p.monthlyFen * p.months).toBeGreaterThanOrEqual(debt.outstandingFen);
          expect((p.monthlyFen - 1) * p.months).toBeLessThan(debt.outstandingFen);
        }
      }),
    );
  });
});
