import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installmentCharges, mulDivHalfUp, type PlanCharge } from '../plan-charges';
import { buildSchedule, scheduleTotals } from '../repayment-schedule';

/**
 * Hand-computed plans a domain reader can check with a calculator. Working:
 * A. Card installment, ¥12,000.00 over 12 months at a fee of 0.60 % a month: 1,200,000 × 0.006 = 7,200 fen
 *    (¥72.00) on each installment; 100,000 + 7,200 = 107,200 each; fees 12 × 7,200 = 86,400.
 * B. ¥43,752.50 over 6 months at 0.60 %: 4,375,250 × 0.006 = 26,251.5 → ¥262.52 (half up). Parts:
 *    4,375,250 ÷ 6 = 729,208 r 2 → 729,209 × 2 and 729,208 × 4. Fees 6 × 26,252 = 157,512.
 * C. ¥12,000.00 over 12 months at 7.2 % a year on the balance left (0.6 % a month): interest
 *    1,200,000 × 0.006 = 7,200, then 1,100,000 × 0.006 = 6,600 … 100,000 × 0.006 = 600; in all
 *    0.006 × 7,800,000 = 46,800. First installment 107,200, last 100,600.
 * D. ¥6,000.00 over 3 months at 10 % a year after 2 grace months: the first installment carries three
 *    months' interest, 600,000 × 0.10 × 3 ÷ 12 = 15,000; then 400,000 × 0.10 ÷ 12 = 3,333.33 → 3,333 and
 *    200,000 × 0.10 ÷ 12 = 1,666.67 → 1,667. In all 20,000.
 * E. 停息掛賬, ¥9,000.00 over 3 months: no charge; 300,000 each.
 */
const HAND_TABLE: {
  name: string;
  totalFen: number;
  months: number;
  graceMonths: number;
  charge: PlanCharge;
  amounts: number[];
  chargesFen: number;
  payableFen: number;
}[] = [
  {
    name: 'A card fee 0.60 %/month',
    totalFen: 1_200_000,
    months: 12,
    graceMonths: 0,
    charge: { kind: 'monthly_fee', ratePpm: 6_000 },
    amounts: Array(12).fill(107_200),
    chargesFen: 86_400,
    payableFen: 1_286_400,
  },
  {
    name: 'B card fee, half a fen rounds up',
    totalFen: 4_375_250,
    months: 6,
    graceMonths: 0,
    charge: { kind: 'monthly_fee', ratePpm: 6_000 },
    amounts: [755_461, 755_461, 755_460, 755_460, 755_460, 755_460],
    chargesFen: 157_512,
    payableFen: 4_532_762,
  },
  {
    name: 'C 7.2 %/year on the balance left',
    totalFen: 1_200_000,
    months: 12,
    graceMonths: 0,
    charge: { kind: 'annual_rate', ratePpm: 72_000 },
    amounts: [
      107_200, 106_600, 106_000, 105_400, 104_800, 104_200, 103_600, 103_000, 102_400, 101_800, 101_200,
      100_600,
    ],
    chargesFen: 46_800,
    payableFen: 1_246_800,
  },
  {
    name: 'D 10 %/year, interest runs through 2 grace months',
    totalFen: 600_000,
    months: 3,
    graceMonths: 2,
    charge: { kind: 'annual_rate', ratePpm: 100_000 },
    amounts: [215_000, 203_333, 201_667],
    chargesFen: 20_000,
    payableFen: 620_000,
  },
  {
    name: 'E 停息掛賬: nothing on top',
    totalFen: 900_000,
    months: 3,
    graceMonths: 0,
    charge: { kind: 'none', ratePpm: 0 },
    amounts: [300_000, 300_000, 300_000],
    chargesFen: 0,
    payableFen: 900_000,
  },
];

describe('the creditor’s fee or interest on a plan', () => {
  it.each(HAND_TABLE)('$name', (row) => {
    const schedule = buildSchedule({
      totalFen: row.totalFen,
      months: row.months,
      firstDueDate: '2027-01-31',
      graceMonths: row.graceMonths,
      charge: row.charge,
    });
    expect(schedule.map((i) => i.amountFen)).toEqual(row.amounts);
    expect(scheduleTotals(schedule)).toEqual({
      baseFen: row.totalFen,
      chargesFen: row.chargesFen,
      payableFen: row.payableFen,
    });
  });

  it('rounds half up on integers, however large', () => {
    expect(mulDivHalfUp(4_375_250, 6_000, 1_000_000)).toBe(26_252);
    expect(mulDivHalfUp(1, 1, 3)).toBe(0);
    expect(mulDivHalfUp(1, 2, 3)).toBe(1);
    expect(mulDivHalfUp(9_999_999_999_999, 1_000_000, 1_000_000)).toBe(9_999_999_999_999);
  });

  const termsArb = fc.record({
    totalFen: fc.integer({ min: 1, max: 1e12 }),
    months: fc.integer({ min: 1, max: 120 }),
    graceMonths: fc.integer({ min: 0, max: 24 }),
    charge: fc.record({
      kind: fc.constantFrom('none' as const, 'monthly_fee' as const, 'annual_rate' as const),
      ratePpm: fc.integer({ min: 0, max: 1_000_000 }),
    }),
  });

  it('what is due is the base plus every charge, in whole fen, never less than the base', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const schedule = buildSchedule({ ...terms, firstDueDate: '2028-02-29' });
        const totals = scheduleTotals(schedule);
        expect(totals.baseFen).toBe(terms.totalFen);
        expect(totals.payableFen).toBe(terms.totalFen + totals.chargesFen);
        for (const i of schedule) {
          expect(Number.isSafeInteger(i.amountFen)).toBe(true);
          expect(i.chargeFen).toBeGreaterThanOrEqual(0);
          expect(i.chargeFen).toBeLessThanOrEqual(i.amountFen);
        }
        if (terms.charge.kind === 'none') expect(totals.chargesFen).toBe(0);
      }),
    );
  });

  it('a higher rate never costs less, and interest falls as the balance does', () => {
    fc.assert(
      fc.property(termsArb, fc.integer({ min: 0, max: 100_000 }), (terms, more) => {
        const parts = buildSchedule({ ...terms, charge: undefined, firstDueDate: '2027-01-01' }).map(
          (i) => i.amountFen,
        );
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const low = installmentCharges(terms.charge, parts, terms.graceMonths);
        const high = installmentCharges(
          { ...terms.charge, ratePpm: terms.charge.ratePpm + more },
          parts,
          terms.graceMonths,
        );
        expect(sum(high)).toBeGreaterThanOrEqual(sum(low));
        if (terms.charge.kind === 'annual_rate')
          for (let i = 2; i < low.length; i++) expect(low[i]).toBeLessThanOrEqual(low[i - 1]);
      }),
    );
  });
});
