import {
  COURT_DEADLINE_KINDS,
  type CourtDeadlineKind,
  type CourtEventKind,
  type Currency,
  type LitigationRiskLevel,
} from '@accord/contracts';
import { addDays, courtPeriod, formatMoney, type PeriodTrigger } from '@accord/domain';
import type { ChipLook } from '../../common/ChoiceChip';
import { formatCalendarDate } from '../../common/firm';
import type { Schema } from '../../providers/api';

export type CaseCourt = Schema<'CaseCourtView'>;
export type CourtMatter = Schema<'CourtMatterView'>;
export type CourtEvent = Schema<'CourtEventView'>;
export type RiskReason = Schema<'RiskReasonView'>;

// A suit already brought must catch the eye; no known risk stays plain.
export const RISK_LOOKS: Record<LitigationRiskLevel, ChipLook> = {
  none: { color: 'default', variant: 'outlined' },
  low: { color: 'info', variant: 'outlined' },
  medium: { color: 'warning', variant: 'outlined' },
  high: { color: 'error', variant: 'outlined' },
  sued: { color: 'error', variant: 'filled' },
};

export const isDeadline = (kind: CourtEventKind): kind is CourtDeadlineKind =>
  (COURT_DEADLINE_KINDS as readonly string[]).includes(kind);

/**
 * The values a risk reason's words take: the days overdue, the amount in the debt's currency, the notices
 * recorded, the day it speaks of. Each message uses those it needs.
 */
export function reasonValues(
  reason: Pick<RiskReason, 'reason' | 'figure' | 'on'>,
  currency: Currency,
  locale: string,
): Record<string, string | number> {
  const figure = reason.figure ?? 0;
  return {
    days: figure,
    smart_count: figure,
    amount: formatMoney(figure, currency, locale),
    date: reason.on ? formatCalendarDate(reason.on, locale) : '',
  };
}

/** A matter's events by day, then in the order they were recorded (a summons before its deadline). */
export const eventsInOrder = (events: readonly CourtEvent[]): CourtEvent[] =>
  [...events].sort(
    (a, b) =>
      a.occursOn.localeCompare(b.occursOn) ||
      (a.startsAt ?? '').localeCompare(b.startsAt ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );

const TRIGGER_OF: Partial<Record<CourtEventKind, PeriodTrigger>> = {
  summons_received: 'summons',
  judgment: 'judgment',
  ruling: 'ruling',
};

/**
 * How a deadline was worked out, for its words: the statutory period in days and the day of the service
 * it counts from (the summons received, the decision served), and whether the last day was moved past
 * days the court does not sit. Null when it was not worked out, or the
 * period is not one the dashboard knows (the day alone is said then).
 */
export function workedOut(
  matter: Pick<CourtMatter, 'kind' | 'currency' | 'events'>,
  deadline: Pick<CourtEvent, 'kind' | 'countsFrom' | 'computedOn'>,
): { on: string; days: number; from: string; rolled: boolean } | null {
  if (!deadline.computedOn || !isDeadline(deadline.kind)) return null;
  const source = matter.events.find((e) => e.id === deadline.countsFrom);
  const trigger = source ? TRIGGER_OF[source.kind] : undefined;
  if (!source || !trigger) return null;
  const from = source.kind === 'summons_received' ? source.occursOn : source.servedOn;
  const period = courtPeriod(deadline.kind, matter.currency === 'TWD' ? 'TW' : 'CN', trigger, matter.kind);
  if (!from || !period) return null;
  // A last day falling when the court does not sit moves to its next working day.
  const on = deadline.computedOn;
  return { on, days: period.days, from, rolled: addDays(from, period.days) !== on };
}
