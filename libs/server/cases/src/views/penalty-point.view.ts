import type { PenaltyPoint } from '@accord/domain';

/** A debt's penalty and late fees at one horizon, if nothing is paid until then. */
export class PenaltyPointView implements PenaltyPoint {
  /** 0, 30, 90 or 180. */
  afterDays!: number;
  /** @example "2025-07-01" */
  date!: string;
  /** Stops growing on the day a creditor agreed a plan on the debt. */
  daysOverdue!: number;
  /** @example 18000 */
  penaltyFen!: number;
  lateFeeFen!: number;
  /** Outstanding plus the penalty and late fees to that date. */
  totalOwedFen!: number;
}
