import type * as contracts from '@accord/contracts';

/** The credit disputes a manager watches on the workload page. */
export class CreditDisputeFiguresView implements contracts.CreditDisputeFigures {
  /** The team counted; null for the whole firm. */
  teamId!: string | null;
  /** @example "2026-12-07" */
  today!: string;
  /** Prepared or filed, not yet answered or withdrawn. */
  open!: number;
  /** Filed, with the answer due from today to six days on. */
  dueThisWeek!: number;
  /** Filed, and the 20 days for the answer have passed. */
  overdue!: number;
}
