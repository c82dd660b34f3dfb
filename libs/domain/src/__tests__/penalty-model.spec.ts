import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accruedChargesFen,
  accruedPenaltyFen,
  cyclesOverdue,
  lateFeeFen,
  projectPenalty,
  simpleRule,
  type PenaltyRule,
} from '../penalty';
import { addDays } from '../dates';
import { cardRiskClass, overdueBucket } from '../overdue-bucket';
import { ruleArb } from './support/penalty-rules';

/**
 * Hand-computed cases a reader can check with a calculator: the penalty is rounded down to the fen
 * once (after compounding), then capped.
 */
describe('the penalty model, by hand', () => {
  const card: PenaltyRule = {
    dailyRatePpm: 500,
    base: 'outstanding_amount',
    compounding: 'monthly',
    capBp: null,
    yearlyCapBp: null,
    lateFee: { kind: 'share_of_minimum', shareBp: 500, capFen: null },
  };

  it.each([
    // [what, rule, base fen, days, penalty fen, working]
    [
      'Huabei ¥2,000 × 0.05 % × 30 days',
      simpleRule(500, 'overdue_amount'),
      200000,
      30,
      3000,
      '200000×500×30/10⁶ = 3000',
    ],
    [
      'card floor 0.035 % a day, ¥10,000 for 45 days',
      simpleRule(350, 'outstanding_amount'),
      1000000,
      45,
      15750,
      '1000000×350×45/10⁶ = 15750',
    ],
    [
      'card 0.05 % compounded monthly, ¥10,000 for 65 days',
      card,
      1000000,
      65,
      32800,
      '1000000 × 1.015 (cycle 1) × 1.015 (cycle 2) × 1.0025 (5 days) = 1032800.5625 → 1032800; − 1000000',
    ],
    [
      '0.1 % a day kept under 24 % a year, ¥5,000 for 100 days',
      { ...simpleRule(1000, 'overdue_amount'), yearlyCapBp: 2400 },
      500000,
      100,
      32876,
      'simple 500000×1000×100/10⁶ = 50000; cap 500000×24 %×100/365 = 32876.7 → 32876',
    ],
    [
      'the same under a 24 % share of the base for all time (the old reading)',
      { ...simpleRule(1000, 'overdue_amount'), capBp: 2400 },
      500000,
      100,
      50000,
      'simple 50000; cap 500000×24 % = 120000 does not bind',
    ],
    [
      'Taiwan card 4.11 ‱ a day under 15 % a year, NT$50,000 for 100 days',
      { ...simpleRule(411, 'outstanding_amount'), yearlyCapBp: 1500 },
      5000000,
      100,
      205479,
      'simple 5000000×411×100/10⁶ = 205500; cap 5000000×15 %×100/365 = 205479.45 → 205479',
    ],
  ] as [string, PenaltyRule, number, number, number, string][])(
    '%s',
    (_what, rule, baseFen, days, expected, _working) => {
      expect(accruedPenaltyFen(baseFen, days, rule)).toBe(expected);
    },
  );

  it('charges a mainland card 5 % of the unpaid minimum per cycle: ¥1,000 unpaid for 65 days is ¥150.00', () => {
    // ceil(65 / 30) = 3 cycles × (100000 × 5 %) = 3 × 5000
    expect(lateFeeFen(card, 100000, 65)).toBe(15000);
  });

  it('charges a Taiwan card NT$300 a cycle for at most three cycles: 100 days is NT$900.00', () => {
    const taiwan: PenaltyRule = {
      ...simpleRule(411, 'outstanding_amount'),
      lateFee: { kind: 'fixed', fen: 30000, maxCycles: 3 },
    };
    expect(cyclesOverdue(100)).toBe(4);
    expect(lateFeeFen(taiwan, null, 100)).toBe(90000);
  });

  it('adds penalty and fees apart: the card above, ¥10,000 balance with ¥1,000 minimum unpaid, 65 days', () => {
    const debt = {
      principalFen: 1000000,
      outstandingFen: 1000000,
      overdueFen: 100000,
      minimumDueFen: 100000,
    };
    expect(accruedChargesFen(card, debt, 65)).toEqual({
      penaltyFen: 32800,
      lateFeeFen: 15000,
      totalFen: 47800,
    });
  });
});

describe('the penalty model, for every rule', () => {
  const amount = fc.integer({ min: 0, max: 1e10 });
  const days = fc.integer({ min: 0, max: 3650 });

  it('is whole fen, never negative, and grows with the days, penalty and fees alike', () => {
    fc.assert(
      fc.property(
        ruleArb,
        amount,
        fc.option(amount, { nil: null }),
        days,
        days,
        (rule, base, minimum, a, b) => {
          const [few, many] = a <= b ? [a, b] : [b, a];
          const debt = { principalFen: base, outstandingFen: base, overdueFen: base, minimumDueFen: minimum };
          const early = accruedChargesFen(rule, debt, few);
          const late = accruedChargesFen(rule, debt, many);
          for (const v of Object.values(early)) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
          expect(late.penaltyFen).toBeGreaterThanOrEqual(early.penaltyFen);
          expect(late.lateFeeFen).toBeGreaterThanOrEqual(early.lateFeeFen);
          // Together, unless an uncapped rule compounding for years saturates at the largest exact amount.
          const sum = BigInt(early.penaltyFen) + BigInt(early.lateFeeFen);
          const limit = BigInt(Number.MAX_SAFE_INTEGER);
          expect(early.totalFen).toBe(Number(sum < limit ? sum : limit));
        },
      ),
    );
  });

  it('holds its caps: a share of the base for all time, and a yearly rate for the days', () => {
    fc.assert(
      fc.property(ruleArb, amount, days, (rule, base, d) => {
        const p = accruedPenaltyFen(base, d, rule);
        if (rule.capBp !== null) expect(p).toBeLessThanOrEqual((base * rule.capBp) / 10000);
        if (rule.yearlyCapBp !== null) expect(p).toBeLessThanOrEqual((base * rule.yearlyCapBp * d) / 3650000);
      }),
    );
  });

  it('compounds to at least the simple penalty, never less', () => {
    fc.assert(
      fc.property(ruleArb, amount, days, (rule, base, d) => {
        const open = { ...rule, capBp: null, yearlyCapBp: null };
        expect(accruedPenaltyFen(base, d, { ...open, compounding: 'monthly' })).toBeGreaterThanOrEqual(
          accruedPenaltyFen(base, d, { ...open, compounding: 'none' }),
        );
      }),
    );
  });

  it('charges no interest on late fees: the penalty is the same whatever the fee', () => {
    fc.assert(
      fc.property(ruleArb, ruleArb, amount, amount, days, (rule, other, base, minimum, d) => {
        const debt = { principalFen: base, outstandingFen: base, overdueFen: base, minimumDueFen: minimum };
        expect(accruedChargesFen({ ...rule, lateFee: other.lateFee }, debt, d).penaltyFen).toBe(
          accruedChargesFen({ ...rule, lateFee: { kind: 'none' } }, debt, d).penaltyFen,
        );
      }),
    );
  });
});

describe('days overdue as the industry counts them', () => {
  it.each([
    [0, null, 'normal'],
    [1, 'M1', 'special_mention'],
    [30, 'M1', 'special_mention'],
    [31, 'M2', 'special_mention'],
    [60, 'M2', 'special_mention'],
    [61, 'M3', 'special_mention'],
    [90, 'M3', 'special_mention'],
    [91, 'M3+', 'substandard'],
    [120, 'M3+', 'substandard'],
    [121, 'M3+', 'doubtful'],
    [180, 'M3+', 'doubtful'],
    [181, 'M3+', 'loss'],
  ] as const)('%i days: bucket %s, card class %s', (days, bucket, riskClass) => {
    expect(overdueBucket(days)).toBe(bucket);
    expect(cardRiskClass(days)).toBe(riskClass);
  });

  it('puts every day overdue in exactly one bucket and one class, never moving back as days pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), (days) => {
        const order = ['M1', 'M2', 'M3', 'M3+'];
        const classes = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'];
        expect(order.indexOf(overdueBucket(days + 1) as string)).toBeGreaterThanOrEqual(
          order.indexOf(overdueBucket(days) as string),
        );
        expect(classes.indexOf(cardRiskClass(days + 1))).toBeGreaterThanOrEqual(
          classes.indexOf(cardRiskClass(days)),
        );
      }),
    );
  });
});

describe('an agreement freezes the creditor’s penalty', () => {
  const debt = {
    principalFen: 1_000_000,
    outstandingFen: 1_000_000,
    overdueFen: 1_000_000,
    minimumDueFen: 50_000,
    overdueSince: '2026-01-31',
  };
  const rule = simpleRule(500, 'overdue_amount');

  it('accrues nothing past the day the creditor agreed, and never more than without the agreement', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (todayOffset, frozenOffset) => {
          const today = addDays('2026-02-28', todayOffset);
          const frozenOn = addDays('2026-01-31', frozenOffset);
          const frozen = projectPenalty(debt, rule, today, frozenOn);
          const free = projectPenalty(debt, rule, today);
          const last = frozen[frozen.length - 1];
          frozen.forEach((point, i) => {
            expect(point.penaltyFen).toBeLessThanOrEqual(free[i].penaltyFen);
            if (point.date >= frozenOn) expect(point.penaltyFen).toBe(last.penaltyFen);
          });
        },
      ),
    );
    // Agreed on 2026-03-02, 30 days overdue: ¥10,000 × 0.05 % × 30 = ¥150.00, and so it stays.
    expect(projectPenalty(debt, rule, '2026-06-30', '2026-03-02').map((p) => p.penaltyFen)).toEqual([
      15000, 15000, 15000, 15000,
    ]);
  });
});
