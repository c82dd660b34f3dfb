import fc from 'fast-check';
import { simpleRule, type LateFeeRule, type PenaltyRule } from '../../penalty';

/** Huabei: 0.05 % a day on the overdue amount, simple, no late fee. */
export const huabei: PenaltyRule = simpleRule(500, 'overdue_amount');

const baseArb = fc.constantFrom(
  'overdue_amount' as const,
  'outstanding_amount' as const,
  'principal' as const,
);

const lateFeeArb: fc.Arbitrary<LateFeeRule> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('share_of_minimum' as const),
    shareBp: fc.integer({ min: 0, max: 10000 }),
    capFen: fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }),
    maxCycles: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('fixed' as const),
    fen: fc.integer({ min: 0, max: 1e6 }),
    maxCycles: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  }),
);

/** Any rule the catalog can hold: rate, base, compounding, both caps and a late fee. */
export const ruleArb: fc.Arbitrary<PenaltyRule> = fc.record({
  dailyRatePpm: fc.integer({ min: 0, max: 10000 }),
  base: baseArb,
  compounding: fc.constantFrom('none' as const, 'monthly' as const),
  capBp: fc.option(fc.integer({ min: 0, max: 50000 }), { nil: null }),
  yearlyCapBp: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
  lateFee: lateFeeArb,
});
