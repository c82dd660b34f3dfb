import type * as contracts from '@accord/contracts';
import type { Currency, ProposalKind } from '@accord/contracts';
import { ReportPeriodView } from './report-period.view';

export class CreditorProposalKindFigures implements contracts.ProposalKindFigures {
  kind!: ProposalKind;
  /** Proposals first sent to the creditor in the period (whatever their answer so far). */
  submitted!: number;
  accepted!: number;
  rejected!: number;
  /**
   * accepted / (accepted + rejected), four decimals: answers only; null when none was answered.
   * @example 0.6667
   */
  acceptanceRate!: number | null;
}

/** Credit disputes about the creditor's debts answered in the period, by outcome as given. */
export class CreditDisputeOutcomeFiguresView implements contracts.CreditDisputeOutcomeFigures {
  answered!: number;
  /** The record was corrected. */
  corrected!: number;
  /** The agency or lender found the record right: it stays as it was. */
  noErrorFound!: number;
  /** It could not be verified: the record is marked as disputed. */
  cannotBeVerified!: number;
}

/** One per creditor and currency of its debts (a creditor's market gives one, bar an admin's override). */
export class CreditorReportRowView implements contracts.CreditorReportRow {
  /** @example "c2d4e6f8-1a3b-4c5d-9e7f-2a4b6c8d0e1f" */
  creditorId!: string;
  name!: string;
  /** The currency of every amount in the row. */
  currency!: Currency;
  /** Every proposal kind, in the contracts' order (zeros when none was sent). */
  byKind!: CreditorProposalKindFigures[];
  submitted!: number;
  accepted!: number;
  rejected!: number;
  /** accepted / (accepted + rejected) over every kind; null when none was answered. */
  acceptanceRate!: number | null;
  /** Median days from the debt's first submitted proposal to the accepted one (one decimal). */
  medianDaysToAgreement!: number | null;
  /**
   * Average penalty interest waived per accepted proposal, in minor units of `currency` (rounded); null
   * when none was accepted.
   * @example 36000
   */
  averagePenaltyWaivedFen!: number | null;
  /**
   * Sum of the accepted proposals' totals, in minor units of `currency`.
   * @example 8400000
   */
  agreedFen!: number;
  disputes!: CreditDisputeOutcomeFiguresView;
}

/** What the firm learns about each creditor from the proposals first put to it in the period. */
export class CreditorReportView implements contracts.CreditorReport {
  /** @example "2025-06-02T01:15:00.000Z" */
  asOf!: string;
  period!: ReportPeriodView;
  /** The team whose officers' cases are counted; null for the whole firm. */
  teamId!: string | null;
  creditors!: CreditorReportRowView[];
}
