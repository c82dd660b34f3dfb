import { formatFen } from '@accord/domain';

/** One entry of a case's timeline, as the API writes it. */
export interface TimelineEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  kind: string;
  details: Record<string, unknown>;
}

/** How one value of a change is shown: a message, money, a calendar date, a creditor, or plain text. */
export type ShownValue =
  | { kind: 'message'; key: string; fallback: string }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: string }
  | { kind: 'creditor'; id: string }
  | { kind: 'empty' };

/** Fields whose values are words of a vocabulary, named through the message files. */
const VOCABULARY: Record<string, string> = {
  stage: 'stages',
  overdueReason: 'overdue_reasons',
  litigationRisk: 'litigation_risks',
  outcome: 'outcomes',
  status: 'debt_statuses',
  product: 'products',
};

/** Fields holding a calendar date (YYYY-MM-DD), shown in the interface language. */
const CALENDAR_DATE_FIELDS = new Set(['overdueSince', 'firstDueDate', 'paidOn']);

export function shownValue(field: string, value: unknown): ShownValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (field.endsWith('Fen') && typeof value === 'number') return { kind: 'text', text: formatFen(value) };
  if (field === 'creditorId' && typeof value === 'string') return { kind: 'creditor', id: value };
  if (CALENDAR_DATE_FIELDS.has(field) && typeof value === 'string') return { kind: 'date', date: value };
  const group = VOCABULARY[field];
  if (group && typeof value === 'string')
    return { kind: 'message', key: `accord.${group}.${value}`, fallback: value };
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The before → after pairs an update recorded, in the order the API listed them. */
export function changesOf(details: Record<string, unknown>): Change[] {
  const before = asRecord(details.before);
  const after = asRecord(details.after);
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields.map((field) => ({ field, before: before[field], after: after[field] }));
}

/** Which resource's field labels name the fields of an entry's changes. */
export function changedResource(kind: string): 'cases' | 'debts' {
  return kind.startsWith('debt.') ? 'debts' : 'cases';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
