import { daysBetween } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** `GET /court-agenda`: the caller's sittings and open deadlines ahead, and deadlines passed unrecorded. */
export type CourtAgenda = Schema<'CourtAgendaView'>;
/** One sitting or deadline, with its case, client, court and (for managers) officer. */
export type AgendaItem = Schema<'AgendaItemView'>;
/** `GET /reports/court`: the agenda of the next 14 days with the matters counted by kind. */
export type CourtReport = Schema<'CourtReportView'>;

/** The officer's week: the agenda asked for this many days from the firm's today. */
export const AGENDA_DAYS = 7;

/** The case page's tab where a court matter's events are kept. */
const COURT_TAB = 'court';

/** Where an agenda item leads: its case, on the court tab where the sitting or deadline is recorded. */
export const courtTabLink = (item: Pick<AgendaItem, 'caseId'>): string =>
  `/cases/${encodeURIComponent(item.caseId)}/show/${COURT_TAB}`;

/**
 * The deadlines as the card lists them: those passed with nothing recorded first (the oldest first, the
 * longest unattended), then those coming, soonest first.
 */
export function deadlinesInOrder(agenda: Pick<CourtAgenda, 'deadlines' | 'passedDeadlines'>): AgendaItem[] {
  return [...agenda.passedDeadlines, ...agenda.deadlines];
}

/** How many days from the firm's today to the item's day: 0 today, negative once passed. */
export const daysFrom = (today: string, item: Pick<AgendaItem, 'occursOn'>): number =>
  daysBetween(today, item.occursOn);
