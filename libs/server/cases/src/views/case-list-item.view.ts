import type {
  CaseOutcome,
  CaseStage,
  Currency,
  CurrencyTotals,
  LitigationRisk,
  OverdueReason,
} from '@accord/contracts';

/** A case's open debts in one currency. */
export class CurrencyTotalsView implements CurrencyTotals {
  currency!: Currency;
  /** @example 1250000 */
  outstandingFen!: number;
  /** @example 320000 */
  overdueFen!: number;
}

/**
 * What the list and the detail both show of a case; each adds its own totalsByCurrency (the detail's carry
 * the penalty too), so neither narrows the other's field.
 */
export class CaseBaseView {
  /** @example "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e" */
  id!: string;
  /** @example "AC-2025-000123" */
  reference!: string;
  clientId!: string;
  clientName!: string | null;
  officerId!: string;
  officerName!: string | null;
  stage!: CaseStage;
  /** Set once the case is closed. */
  outcome!: CaseOutcome | null;
  overdueReason!: OverdueReason;
  litigationRisk!: LitigationRisk;
  /** @example "2025-03-14" */
  openedOn!: string;
  /** @example "2025-11-30" */
  closedOn!: string | null;
  /**
   * Every open debt's outstanding amount, whatever its currency: read totalsByCurrency to show money.
   * @example 1250000
   */
  totalOutstandingFen!: number;
  /** @example 320000 */
  totalOverdueFen!: number;
  /** The earliest missed due date among the open debts; null when none is overdue. */
  earliestOverdueSince!: string | null;
  /** Days since earliestOverdueSince, on the firm's calendar; 0 when nothing is overdue. */
  maxDaysOverdue!: number;
  openDebtCount!: number;
  /** @example "2025-06-02T08:15:00.000Z" */
  lastActivityAt!: string;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
}

/** A case as the list shows it: its totals come from its open debts, kept on the case. */
export class CaseListItem extends CaseBaseView {
  /** What the case owes per currency (only those it owes in): totalOutstandingFen alone would add yuan to Taiwan dollars. */
  totalsByCurrency!: CurrencyTotalsView[];
}

export class CasePage {
  data!: CaseListItem[];
  /** Every case the filters match, across pages. */
  total!: number;
}
