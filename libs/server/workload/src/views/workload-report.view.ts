import type * as contracts from '@accord/contracts';
import type { CaseOutcome, Currency, FunnelStep, OpenStage } from '@accord/contracts';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ReportPeriodView } from './report-period.view';

/** Money under negotiation now; agreed and saved in the period (plans that defaulted do not count). */
export class WorkloadMoneyFigures implements contracts.MoneyFigures {
  /**
   * What the cases in creditor contact or negotiation still owe.
   * @example 12500000
   */
  underNegotiationFen!: number;
  /**
   * The totals of the plans agreed in the period.
   * @example 8400000
   */
  agreedFen!: number;
  /**
   * What those plans save the clients against what they owed.
   * @example 2100000
   */
  savedFen!: number;
}

export class WorkloadOverdueCounts {
  /** Reminders to the officer past their time and not sent. */
  reminders!: number;
  /** Papers still waiting on the client past their due date. */
  documents!: number;
  /** Follow-ups with creditors past their time and not answered. */
  followUps!: number;
}

/** A map keyed by stage, outcome or currency: every key is present. */
const keyed = (values: object) => ApiProperty({ type: 'object', additionalProperties: values });

/** The figures of an officer, or of all of them together. */
@ApiExtraModels(WorkloadMoneyFigures)
export class WorkloadFigures {
  /** Open cases, keyed by every stage but closed (0 when none). */
  @keyed({ type: 'integer' })
  openByStage!: Record<OpenStage, number>;
  openCases!: number;
  /** Cases opened in the period. */
  opened!: number;
  /** Cases closed in the period. */
  closed!: number;
  /** Cases closed in the period, keyed by every outcome (0 when none). */
  @keyed({ type: 'integer' })
  outcomes!: Record<CaseOutcome, number>;
  overdue!: WorkloadOverdueCounts;
  /** Installments past their due date and not paid in full, on plans still running. */
  missedInstallments!: number;
  /** Open cases with no activity for the firm's stale period or longer. */
  staleCases!: number;
  /**
   * Median length in days (one decimal) of the stays in each stage but closed that ended in the period;
   * null when none ended.
   */
  @keyed({ type: 'number', nullable: true })
  medianDaysByStage!: Record<OpenStage, number | null>;
  /** Keyed by every currency (zero when none), in its minor units: yuan and Taiwan dollars are never added. */
  @keyed({ $ref: getSchemaPath(WorkloadMoneyFigures) })
  money!: Record<Currency, WorkloadMoneyFigures>;
}

export class OfficerWorkloadView extends WorkloadFigures implements contracts.OfficerWorkload {
  /** @example "3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64" */
  officerId!: string;
  name!: string;
  teamId!: string | null;
}

type ContractTotals = contracts.WorkloadReport['totals'];

/** The team's (or the firm's) figures: the officers' summed, the medians over all their stays. */
export class WorkloadTotals extends WorkloadFigures implements ContractTotals {
  /** Active officers counted. */
  officers!: number;
}

export class WorkloadFunnelStep implements contracts.FunnelStepFigures {
  step!: FunnelStep;
  /** Cases opened in the period that have reached this step (ever, even if they went back later). */
  cases!: number;
  /**
   * cases / the previous step's cases (four decimals); null for the first step or when the previous step has none.
   * @example 0.8125
   */
  conversionFromPrevious!: number | null;
}

/** Each active officer's load and the totals: a manager's team, or for an admin the firm or one team. */
export class WorkloadReportView implements contracts.WorkloadReport {
  /**
   * When the figures were read: `live` ones at this instant; the whole firm's for the standard period
   * come from the worker's `snapshot`, taken at most a few minutes before (this says when).
   * @example "2025-06-02T01:15:00.000Z"
   */
  asOf!: string;
  source!: 'live' | 'snapshot';
  period!: ReportPeriodView;
  /** The team reported on; null for the whole firm. */
  teamId!: string | null;
  officers!: OfficerWorkloadView[];
  totals!: WorkloadTotals;
  /** Cases opened in the period, by the furthest steps they have reached, in the spine's order. */
  funnel!: WorkloadFunnelStep[];
}
