import type { PenaltyBase } from '@accord/contracts';
import type { PenaltyRule } from '@accord/domain';
import { PenaltyPointView } from './penalty-point.view';

/**
 * The domain's LateFeeRule, one class for its three kinds: `none` carries nothing else,
 * `share_of_minimum` a share and a cap, `fixed` an amount. A union has no class to implement.
 */
export class PenaltyProjectionLateFee {
  kind!: 'none' | 'share_of_minimum' | 'fixed';
  /** share_of_minimum: the share of the unpaid minimum, in basis points. */
  shareBp?: number;
  /** share_of_minimum: each charge at most this, in fen; null for no cap. */
  capFen?: number | null;
  /** fixed: each charge, in fen. */
  fen?: number;
  /** The most cycles charged; null or absent for no limit. */
  maxCycles?: number | null;
}

/** The creditor's penalty rule the projection ran. */
export class PenaltyProjectionRule implements Omit<PenaltyRule, 'lateFee'> {
  /** Parts per million of the base a day: 500 = 0.05 % a day. */
  dailyRatePpm!: number;
  base!: PenaltyBase;
  compounding!: 'none' | 'monthly';
  /** The total penalty at most this share of the base, in basis points; null for none. */
  capBp!: number | null;
  /** The penalty at most this yearly rate on the base, in basis points; null for none. */
  yearlyCapBp!: number | null;
  lateFee!: PenaltyProjectionLateFee;
  rounding!: 'down to the fen, then capped';
}

/** A debt's penalty today and at +30/+90/+180 days if nothing is paid. */
export class PenaltyProjection {
  debtId!: string;
  /** The firm's calendar day the projection starts from. */
  today!: string;
  rule!: PenaltyProjectionRule;
  /** Empty unless the debt is open. */
  points!: PenaltyPointView[];
}
