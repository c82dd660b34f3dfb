import type { CaseOutcome, CaseStage, ProposalKind } from './cases';
import type { Currency } from './money';

export type OpenStage = Exclude<CaseStage, 'closed'>;

/**
 * The steps of the stage funnel, in the spine's order: every case opened in the period starts at
 * intake; `resolved` is a case closed with the outcome resolved. credit_repair is a side road (not
 * every case needs it), so it is not a step.
 */
export const FUNNEL_STEPS = [
  'intake',
  'documents',
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'resolved',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface FunnelStepFigures {
  step: FunnelStep;
  /** Cases opened in the period that have reached this step (ever, even if they went back later). */
  cases: number;
  /** cases / the previous step's cases; null for the first step or when the previous step has none. */
  conversionFromPrevious: number | null;
}

export interface OfficerWorkload {
  officerId: string;
  name: string;
  teamId: string | null;
  openByStage: Record<OpenStage, number>;
  openCases: number;
  opened: number;
  closed: number;
  outcomes: Record<CaseOutcome, number>;
  overdue: { reminders: number; documents: number; followUps: number };
  missedInstallments: number;
  staleCases: number;
  /** Median length in days (one decimal) of the stays in each stage that ended in the period; null: none ended. */
  medianDaysByStage: Record<OpenStage, number | null>;
  /** Per currency (every currency present, zero when none): yuan and Taiwan dollars are never added. */
  money: WorkloadMoney;
}

/** Money under negotiation now; agreed and saved in the period (plans that defaulted do not count). */
export interface MoneyFigures {
  underNegotiationFen: number;
  agreedFen: number;
  savedFen: number;
}
export type WorkloadMoney = Record<Currency, MoneyFigures>;

export interface WorkloadReport {
  /**
   * When the figures were read: `live` ones at this instant; the whole firm's for the standard period
   * come from the worker's `snapshot`, taken at most a few minutes before (this says when).
   */
  asOf: string;
  source: 'live' | 'snapshot';
  period: { from: string; to: string };
  teamId: string | null;
  officers: OfficerWorkload[];
  totals: Omit<OfficerWorkload, 'officerId' | 'name' | 'teamId'> & { officers: number };
  /** Cases opened in the period, by the furthest steps they have reached. */
  funnel: FunnelStepFigures[];
}

export interface ProposalKindFigures {
  kind: ProposalKind;
  /** Proposals first sent to the creditor in the period (whatever their answer so far). */
  submitted: number;
  accepted: number;
  rejected: number;
  /** accepted / (accepted + rejected): answers only; null when none was answered. */
  acceptanceRate: number | null;
}

/** One per creditor and currency of its debts (a creditor's market gives one, bar an admin's override). */
export interface CreditorReportRow {
  creditorId: string;
  name: string;
  /** The currency of every amount in the row. */
  currency: Currency;
  byKind: ProposalKindFigures[];
  submitted: number;
  accepted: number;
  rejected: number;
  acceptanceRate: number | null;
  /** Median days from the debt's first submitted proposal to the accepted one (one decimal). */
  medianDaysToAgreement: number | null;
  /** Average penalty interest waived per accepted proposal, in minor units of `currency` (rounded). */
  averagePenaltyWaivedFen: number | null;
  /** Sum of the accepted proposals' totals, in minor units of `currency`. */
  agreedFen: number;
  /** Credit disputes about this creditor's debts answered in the period, by outcome as given. */
  disputes: CreditDisputeOutcomeFigures;
}

export interface CreditDisputeOutcomeFigures {
  answered: number;
  corrected: number;
  noErrorFound: number;
  cannotBeVerified: number;
}

/** The credit disputes a manager watches: open, due this week, past their 20-day answer. */
export interface CreditDisputeFigures {
  teamId: string | null;
  today: string;
  open: number;
  dueThisWeek: number;
  overdue: number;
}

export interface CreditorReport {
  asOf: string;
  period: { from: string; to: string };
  teamId: string | null;
  creditors: CreditorReportRow[];
}
