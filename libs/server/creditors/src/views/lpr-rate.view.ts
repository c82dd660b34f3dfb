import type { LprRate } from '../lpr-rate.entity';

/** An LPR row as the API answers it: its date is its id (React-admin and the routes address it by date). */
export class LprRateView {
  /**
   * The effective date again, as the row's id.
   * @example 2025-05-20
   */
  id!: string;

  /**
   * The day the announcement takes effect, YYYY-MM-DD; in force until the next row's date.
   * @example 2025-05-20
   */
  effectiveOn!: string;

  /**
   * The one-year rate in basis points: 300 = 3.00 %. The line courts draw is 4 × this.
   * @example 300
   */
  oneYearBp!: number;

  /** The five-year-and-over rate in basis points (mortgages); null when not recorded. */
  fiveYearBp!: number | null;

  /** The announcement the figures come from. */
  source!: string;

  /** @example 2025-05-20T01:30:00.000Z */
  createdAt!: string;

  updatedAt!: string;

  /** Sent back with a change, which is refused when someone else changed the row first. */
  version!: number;
}

/** A page of the LPR table, and how many rows it has in all. */
export class LprRatePage {
  data!: LprRateView[];
  total!: number;
}

export function toLprRateView(row: LprRate): LprRateView {
  return {
    id: row.effectiveOn,
    effectiveOn: row.effectiveOn,
    oneYearBp: row.oneYearBp,
    fiveYearBp: row.fiveYearBp,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
