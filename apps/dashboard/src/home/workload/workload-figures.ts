import { CASE_STAGES, CURRENCIES, type OpenStage } from '@accord/contracts';
import { formatAmounts } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** `GET /workload`: the team's figures for a period. */
export type WorkloadReport = Schema<'WorkloadReportView'>;
/** One officer's figures in it. */
export type OfficerWorkload = Schema<'OfficerWorkloadView'>;
/** The money figures of one currency. */
type MoneyFigures = Schema<'WorkloadMoneyFigures'>;

/** The stages a case is open in, in the spine's order (the chart's stack, the table's columns). */
export const OPEN_STAGES = CASE_STAGES.filter((stage): stage is OpenStage => stage !== 'closed');

/** What the overdue figures add up to: reminders not dealt with, papers late, follow-ups missed. */
export const OVERDUE_KINDS = ['reminders', 'documents', 'followUps'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

type Figures = Pick<OfficerWorkload, 'overdue'>;

export const overdueItems = ({ overdue }: Figures): number =>
  overdue.reminders + overdue.documents + overdue.followUps;

/** Shown where a figure does not exist (no stay ended, no proposal answered), rather than a zero. */
export const NO_FIGURE = '—';

/** A share (0.6667) as a whole percentage in the reader's language. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null) return NO_FIGURE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Days with the one decimal the API keeps (12.5), a whole number without it (12). */
export function formatDays(days: number | null, locale: string): string {
  if (days === null) return NO_FIGURE;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days);
}

/** The case list showing one officer's cases, in the table (the board keeps filters of its own). */
export function officerCasesPath(officerId: string): string {
  return `/cases?filter=${encodeURIComponent(JSON.stringify({ officerId }))}`;
}

/** A funnel bar's label: how many cases, and the share of the step before that got this far. */
export function funnelLabel(
  step: { cases: number; conversionFromPrevious: number | null },
  rate: (share: number) => string,
): string {
  return step.conversionFromPrevious === null
    ? String(step.cases)
    : `${step.cases} (${rate(step.conversionFromPrevious)})`;
}

/**
 * One money figure of the workload in each currency it has ("¥1,200.00 · NT$3,000.00"), or ¥0.00 when
 * none: yuan and Taiwan dollars are shown side by side, never summed.
 */
export function moneyText(
  money: OfficerWorkload['money'],
  figure: keyof MoneyFigures,
  locale?: string,
): string {
  return formatAmounts(
    Object.fromEntries(CURRENCIES.filter((c) => money[c][figure] !== 0).map((c) => [c, money[c][figure]])),
    locale,
  );
}
