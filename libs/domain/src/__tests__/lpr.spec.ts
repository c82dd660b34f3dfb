import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { lprCapCheck, lprOn, yearlyCostBp, type LprRow } from '../lpr';

/** The one-year LPR as published since the 2019-08-20 reform (the migration's seed rows). */
const PUBLISHED: LprRow[] = [
  ['2019-08-20', 425],
  ['2019-09-20', 420],
  ['2019-11-20', 415],
  ['2020-02-20', 405],
  ['2020-04-20', 385],
  ['2021-12-20', 380],
  ['2022-01-20', 370],
  ['2022-08-22', 365],
  ['2023-06-20', 355],
  ['2023-08-21', 345],
  ['2024-07-22', 335],
  ['2024-10-21', 310],
  ['2025-05-20', 300],
].map(([effectiveOn, oneYearBp]) => ({ effectiveOn: effectiveOn as string, oneYearBp: oneYearBp as number }));

const rule = (dailyRatePpm: number, yearlyCapBp: number | null = null) => ({ dailyRatePpm, yearlyCapBp });

/**
 * Hand-computed rows a reader can check with a calculator. The yearly cost is the daily rate × 365
 * (ppm → a hundredth of a basis point, rounded up to the basis point), or the rule's yearly cap when lower;
 * the line is 4 × the one-year LPR in force at the contract date; at the line exactly is within.
 */
type HandRow = [
  what: string,
  rule: ReturnType<typeof rule>,
  contractDate: string,
  status: 'within' | 'over',
  lprBp: number,
  capBp: number,
  annualRateBp: number,
  working: string,
];

describe('the 4 × LPR line, by hand', () => {
  it.each<HandRow>([
    // [what, rule, contract date, status, lpr, cap, annual, working]
    [
      'Huabei 0.05 %/day, signed 2021-03-01',
      rule(500),
      '2021-03-01',
      'over',
      385,
      1540,
      1825,
      '500 ppm × 365 = 18.25 %; LPR of 2020-04-20 = 3.85 %, × 4 = 15.40 %; 18.25 > 15.40',
    ],
    [
      '京東白條 0.05 %/day under 24 %/yr, signed 2025-06-01',
      rule(500, 2400),
      '2025-06-01',
      'over',
      300,
      1200,
      1825,
      'min(18.25 %, 24 %) = 18.25 %; LPR of 2025-05-20 = 3.00 %, × 4 = 12.00 %',
    ],
    [
      'Taiwan card 0.0411 %/day under 15 %/yr, signed 2019-09-01',
      rule(411, 1500),
      '2019-09-01',
      'within',
      425,
      1700,
      1500,
      '411 × 365 = 150015 ppm = 15.0015 % → 15.01 %; the cap 15.00 % is lower; 4 × 4.25 % = 17.00 %',
    ],
    [
      '微粒貸 0.045 %/day, signed the day before the 2019-09-20 cut',
      rule(450),
      '2019-09-19',
      'within',
      425,
      1700,
      1643,
      '450 × 365 = 164250 ppm = 16.425 % → 16.43 %; 4 × 4.25 % = 17.00 %',
    ],
    [
      '微粒貸 0.045 %/day, signed on 2020-04-20 (the new rate applies that day)',
      rule(450),
      '2020-04-20',
      'over',
      385,
      1540,
      1643,
      '16.43 % > 4 × 3.85 % = 15.40 %',
    ],
    [
      'a yearly cap of exactly 15.40 % is at the line, so within',
      rule(500, 1540),
      '2021-03-01',
      'within',
      385,
      1540,
      1540,
      'min(18.25 %, 15.40 %) = 15.40 % = 4 × 3.85 %',
    ],
    [
      '0.0421 %/day rounds up to 15.37 %: within',
      rule(421),
      '2021-03-01',
      'within',
      385,
      1540,
      1537,
      '421 × 365 = 153665 ppm = 15.3665 % → 15.37 % ≤ 15.40 %',
    ],
    [
      '0.0422 %/day is 15.403 %: over, shown 15.41 %',
      rule(422),
      '2021-03-01',
      'over',
      385,
      1540,
      1541,
      '422 × 365 = 154030 ppm = 15.403 % → 15.41 % > 15.40 %',
    ],
  ])('%s', (_, r, contractDate, status, lprBp, capBp, annualRateBp) => {
    expect(lprCapCheck({ rule: r, contractDate, table: PUBLISHED })).toMatchObject({
      status,
      lprBp,
      capBp,
      annualRateBp,
    });
  });

  it('says why it cannot tell: no contract date, or a date before the first published rate', () => {
    expect(lprCapCheck({ rule: rule(500), contractDate: null, table: PUBLISHED })).toEqual({
      status: 'unknown',
      reason: 'NO_CONTRACT_DATE',
    });
    expect(lprCapCheck({ rule: rule(500), contractDate: '2019-08-19', table: PUBLISHED })).toEqual({
      status: 'unknown',
      reason: 'NO_LPR_FOR_DATE',
    });
    expect(lprCapCheck({ rule: rule(500), contractDate: '2021-03-01', table: [] })).toEqual({
      status: 'unknown',
      reason: 'NO_LPR_FOR_DATE',
    });
  });

  it('names the rate in force and the day it took effect', () => {
    expect(lprOn(PUBLISHED, '2019-08-20')).toEqual({ effectiveOn: '2019-08-20', oneYearBp: 425 });
    expect(lprOn(PUBLISHED, '2022-08-21')).toEqual({ effectiveOn: '2022-01-20', oneYearBp: 370 });
    expect(lprOn(PUBLISHED, '2030-01-01')).toEqual({ effectiveOn: '2025-05-20', oneYearBp: 300 });
    expect(lprOn(PUBLISHED, '2019-08-19')).toBeNull();
  });
});

const dateArb = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2018-01-01', n));
const tableArb = fc.uniqueArray(
  fc.record({ effectiveOn: dateArb, oneYearBp: fc.integer({ min: 1, max: 2000 }) }),
  { selector: (r) => r.effectiveOn, maxLength: 30 },
);
const ruleArb = fc.record({
  dailyRatePpm: fc.integer({ min: 0, max: 100000 }),
  yearlyCapBp: fc.option(fc.integer({ min: 0, max: 1000000 }), { nil: null }),
});

describe('the 4 × LPR line, for any table and rule', () => {
  it('the LPR on a date is the latest effective on or before it, and null only before every row', () => {
    fc.assert(
      fc.property(tableArb, dateArb, (table, date) => {
        const found = lprOn(table, date);
        const earlier = table.filter((r) => r.effectiveOn <= date);
        if (!earlier.length) return found === null;
        return (
          found !== null &&
          found.effectiveOn <= date &&
          earlier.every((r) => r.effectiveOn <= found.effectiveOn)
        );
      }),
    );
  });

  it('does not depend on the order of the table', () => {
    fc.assert(
      fc.property(tableArb, dateArb, ruleArb, (table, date, r) => {
        const reversed = [...table].reverse();
        expect(lprCapCheck({ rule: r, contractDate: date, table: reversed })).toEqual(
          lprCapCheck({ rule: r, contractDate: date, table }),
        );
      }),
    );
  });

  it('the line is exactly 4 × the LPR in force, and over means exactly a yearly cost above it', () => {
    fc.assert(
      fc.property(tableArb, dateArb, ruleArb, (table, date, r) => {
        const check = lprCapCheck({ rule: r, contractDate: date, table });
        if (check.status === 'unknown') return lprOn(table, date) === null;
        const lpr = lprOn(table, date);
        expect(check.lprBp).toBe(lpr?.oneYearBp);
        expect(check.lprEffectiveOn).toBe(lpr?.effectiveOn);
        expect(check.capBp).toBe(4 * check.lprBp);
        // Exact, unrounded: min(daily ppm × 365, cap in ppm) against the line in ppm (bp × 100).
        const exact = Math.min(r.dailyRatePpm * 365, r.yearlyCapBp === null ? Infinity : r.yearlyCapBp * 100);
        expect(check.status).toBe(exact > check.capBp * 100 ? 'over' : 'within');
        return Number.isInteger(check.annualRateBp) && Number.isInteger(check.capBp);
      }),
    );
  });

  it('the yearly cost is the daily rate × 365 rounded up to the basis point, or the lower yearly cap', () => {
    fc.assert(
      fc.property(ruleArb, (r) => {
        const bp = yearlyCostBp(r);
        const simple = yearlyCostBp({ dailyRatePpm: r.dailyRatePpm, yearlyCapBp: null });
        expect(simple * 100).toBeGreaterThanOrEqual(r.dailyRatePpm * 365);
        expect(simple * 100).toBeLessThan(r.dailyRatePpm * 365 + 100);
        expect(bp).toBe(r.yearlyCapBp === null ? simple : Math.min(simple, r.yearlyCapBp));
      }),
    );
  });

  it('raising the daily rate, or lifting the yearly cap, never turns over into within', () => {
    fc.assert(
      fc.property(
        tableArb,
        dateArb,
        ruleArb,
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 100000 }),
        (table, date, r, more, capMore) => {
          const before = lprCapCheck({ rule: r, contractDate: date, table });
          const raised = lprCapCheck({
            rule: {
              dailyRatePpm: r.dailyRatePpm + more,
              yearlyCapBp: r.yearlyCapBp === null ? null : r.yearlyCapBp + capMore,
            },
            contractDate: date,
            table,
          });
          expect(raised.status).toBe(before.status === 'over' ? 'over' : raised.status);
          if (before.status !== 'unknown' && raised.status !== 'unknown')
            expect(raised.annualRateBp).toBeGreaterThanOrEqual(before.annualRateBp);
        },
      ),
    );
  });

  it('a higher LPR at the contract date never turns within into over', () => {
    fc.assert(
      fc.property(tableArb, dateArb, ruleArb, fc.integer({ min: 0, max: 500 }), (table, date, r, up) => {
        const before = lprCapCheck({ rule: r, contractDate: date, table });
        const higher = lprCapCheck({
          rule: r,
          contractDate: date,
          table: table.map((row) => ({ ...row, oneYearBp: row.oneYearBp + up })),
        });
        expect(higher.status).toBe(before.status === 'within' ? 'within' : higher.status);
      }),
    );
  });

  it('without a contract date it is unknown, whatever the table', () => {
    fc.assert(
      fc.property(tableArb, ruleArb, (table, r) => {
        expect(lprCapCheck({ rule: r, contractDate: null, table })).toEqual({
          status: 'unknown',
          reason: 'NO_CONTRACT_DATE',
        });
      }),
    );
  });
});
