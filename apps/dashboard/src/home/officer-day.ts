import type { Schema } from '../providers/api';

/** `GET /me/today`: what to do today on my own open cases, read as of the moment it was asked. */
export type OfficerDay = Schema<'OfficerDay'>;
/** The latest contact of a case, whose next follow-up falls today or earlier. */
export type DayFollowUp = Schema<'OfficerDayFollowUp'>;
/** An installment not yet paid in full: due within a week, or missed. */
export type DayInstallment = Schema<'OfficerDayInstallment'>;
/** An open case with no activity for the firm's stale period or longer. */
export type DayStaleCase = Schema<'OfficerDayStaleCase'>;

/** What every item of the day names: its case, so the page can link straight to where to act. */
export type DayCaseItem = Pick<DayStaleCase, 'caseId' | 'reference' | 'clientName'>;

/** The sections of the day, in the order of the count cards. */
export const DAY_SECTIONS = [
  'reminders',
  'followUps',
  'documentsToVerify',
  'documentsOverdue',
  'installmentsDueSoon',
  'installmentsMissed',
  'staleCases',
] as const;
export type DaySectionName = (typeof DAY_SECTIONS)[number];

/**
 * The case tab where each section's work is done (the paths of the case page's tabs); a stale case opens
 * the case page itself, whose header holds the moves that get it going again.
 */
export const SECTION_TABS: Record<DaySectionName, string> = {
  reminders: 'reminders',
  followUps: 'contacts',
  documentsToVerify: 'documents',
  documentsOverdue: 'documents',
  installmentsDueSoon: 'repayment',
  installmentsMissed: 'repayment',
  staleCases: '',
};

/** Where an item of a section leads: its case, on the tab of the work it asks for. */
export function dayItemLink(section: DaySectionName, item: Pick<DayCaseItem, 'caseId'>): string {
  const show = `/cases/${encodeURIComponent(item.caseId)}/show`;
  const tab = SECTION_TABS[section];
  return tab ? `${show}/${tab}` : show;
}

/**
 * How a section's card reads: `alert` when it holds something already late (a late paper, a missed
 * installment, a case gone quiet, an overdue reminder or follow-up), `work` when it holds things to do
 * today, `clear` when it is empty.
 */
export type SectionTone = 'alert' | 'work' | 'clear';

/** Sections whose every item is late by definition. */
const LATE_SECTIONS: readonly DaySectionName[] = ['documentsOverdue', 'installmentsMissed', 'staleCases'];

export function sectionTone(day: OfficerDay, section: DaySectionName): SectionTone {
  if (day[section].total === 0) return 'clear';
  if (LATE_SECTIONS.includes(section)) return 'alert';
  return overdueCount(day, section) ? 'alert' : 'work';
}

/**
 * How many items of a section with an `overdue` flag (reminders, follow-ups) are overdue, as far as the
 * items shown tell: they come soonest first, so the overdue ones lead. When every item shown is overdue
 * and more were left out, the figure is a floor: `more` says so.
 */
export function overdueCount(
  day: OfficerDay,
  section: DaySectionName,
): { count: number; more: boolean } | null {
  if (section !== 'reminders' && section !== 'followUps') return null;
  const { total } = day[section];
  const items: readonly { overdue: boolean }[] = day[section].items;
  const count = items.filter((item) => item.overdue).length;
  if (count === 0) return null;
  return { count, more: count === items.length && total > items.length };
}

/**
 * The sections in the order the page lists them: those with something in them first, then the empty ones
 * (each a line saying so), each group in the order of the count cards.
 */
export function orderSections(day: OfficerDay): DaySectionName[] {
  return [...DAY_SECTIONS.filter((s) => day[s].total > 0), ...DAY_SECTIONS.filter((s) => day[s].total === 0)];
}

/** Whether anything at all is on the day (a manager's or administrator's home shows the day only then). */
export const hasWork = (day: OfficerDay): boolean => DAY_SECTIONS.some((s) => day[s].total > 0);

/** A calendar date as a day heading in the interface language, with the weekday (2026年11月25日 星期三). */
export function formatDayHeading(date: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  }).format(new Date(`${date}T00:00:00Z`));
}
