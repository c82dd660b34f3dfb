import {
  CURRENCIES,
  DOCUMENT_KIND_NAMES,
  type Currency,
  type DocumentKind,
  type Locale,
} from '@accord/contracts';
import { formatMoney } from '@accord/domain';
import type { ReminderKind } from './reminder-kinds';

/** A kind's words for each language, from its payload. */
export type KindTexts = Record<Locale, (p: Record<string, unknown>) => { title: string; body: string }>;

/** The amount in its plan's debt's currency (NT$ for a Taiwan bank's plan); yuan for older payloads. */
export const payloadMoney = (p: Record<string, unknown>) =>
  formatMoney(
    Number(p.amountFen ?? 0),
    (CURRENCIES as readonly unknown[]).includes(p.currency) ? (p.currency as Currency) : 'CNY',
  );
export const payloadText = (v: unknown) => (v === undefined || v === null ? '' : String(v));
export const payloadDocumentName = (p: Record<string, unknown>, locale: Locale) =>
  DOCUMENT_KIND_NAMES[locale][p.documentKind as DocumentKind] ?? payloadText(p.documentKind);

/**
 * A kind as the engine needs it, from its wording for staff and (if clients get it) a plainer one for
 * clients. Each feature words the kinds of the facts it owns and registers them (ReminderKindsModule).
 */
export function reminderKind(
  name: string,
  staff: KindTexts,
  client?: KindTexts,
  gather?: ReminderKind['gather'],
): ReminderKind {
  return {
    kind: name,
    render: (payload, locale, recipient) =>
      (recipient === 'client' && client ? client : staff)[locale](payload),
    gather,
  };
}
