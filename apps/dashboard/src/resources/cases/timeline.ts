import { CASE_EVENT_KINDS, CURRENCIES, type CaseEventKind, type Currency } from '@accord/contracts';
import { formatMoneyOrAmount, soleCurrency } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** One entry of a case's timeline, as the API writes it. */
export type TimelineEntry = Schema<'CaseTimelineEntry'>;

/**
 * An entry's kind as one of the server's kinds (libs/contracts), so a case for a kind that does not exist
 * fails to compile; null for a kind this dashboard does not know yet.
 */
export const eventKind = (kind: string): CaseEventKind | null =>
  CASE_EVENT_KINDS.find((k) => k === kind) ?? null;

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
const CALENDAR_DATE_FIELDS = new Set([
  'overdueSince',
  'contractDate',
  'firstDueDate',
  'paidOn',
  'occursOn',
  'completedOn',
  'receivedOn',
]);

/** An amount (a `*Fen` field) shows in `currency`; with none known, as a bare number, never as a guessed ¥. */
export function shownValue(field: string, value: unknown, currency: Currency | null = null): ShownValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (field.endsWith('Fen') && typeof value === 'number')
    return { kind: 'text', text: formatMoneyOrAmount(value, currency) };
  if (field === 'creditorId' && typeof value === 'string') return { kind: 'creditor', id: value };
  if (CALENDAR_DATE_FIELDS.has(field) && typeof value === 'string') return { kind: 'date', date: value };
  const group = VOCABULARY[field];
  if (group && typeof value === 'string')
    return { kind: 'message', key: `accord.${group}.${value}`, fallback: value };
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}

const asCurrency = (value: unknown): Currency | null =>
  (CURRENCIES as readonly unknown[]).includes(value) ? (value as Currency) : null;

/**
 * The currency an entry's amounts are in: the one the API wrote with them (the debt's, the plan's, the
 * statement's); for an entry written before it did, the case's when all its debts are in one; else none.
 */
export function entryCurrency(
  details: Record<string, unknown>,
  caseCurrencies: readonly Currency[],
): Currency | null {
  return asCurrency(details.currency) ?? soleCurrency(caseCurrencies);
}

/** An update that changed a debt's currency: the amounts before it are in the old one. */
export function sideCurrency(
  details: Record<string, unknown>,
  side: 'before' | 'after',
  entry: Currency | null,
): Currency | null {
  return asCurrency(asRecord(details[side]).currency) ?? entry;
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
