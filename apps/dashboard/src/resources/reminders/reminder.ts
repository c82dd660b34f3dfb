import {
  CURRENCIES,
  REMINDER_KINDS,
  type Currency,
  type KnownReminderKind,
  type NotificationChannel,
  type ReminderStatus,
} from '@accord/contracts';
import { formatMoneyOrAmount } from '@accord/domain';
import { formatCalendarDate } from '../../common/firm';
import type { Schema } from '../../providers/api';
import type { Translate } from '../../providers/api-client';

/** A reminder as `GET /reminders` lists it: who it is for, when it goes out, and what became of it. */
export type ReminderRecord = Schema<'Reminder'>;

/** A delivery that failed, as `GET /reminder-deliveries/failed` lists it (administrators only). */
export type FailedDeliveryRecord = Schema<'FailedDelivery'>;

/** The channels people choose for their own reminders; SMS is for clients only. */
export const STAFF_CHANNELS = ['in_app', 'email'] as const satisfies readonly NotificationChannel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];
/** The channels that reach clients (they have no account, so nothing in the app). */
export const CLIENT_CHANNELS = ['email', 'sms'] as const satisfies readonly NotificationChannel[];
export type ClientChannel = (typeof CLIENT_CHANNELS)[number];

export const isKnownKind = (kind: string): kind is KnownReminderKind =>
  (REMINDER_KINDS as readonly string[]).includes(kind);

/** Only a failed reminder is sent again, and only by a manager or an administrator. */
export const canRetry = (status: ReminderStatus, role: string | undefined): boolean =>
  status === 'failed' && (role === 'manager' || role === 'admin');

const time = (iso: string) => new Date(iso).getTime();

/** When a scheduled reminder will go out: the end of quiet hours when it is held, else its due time. */
export const goesOutAt = (reminder: Pick<ReminderRecord, 'dueAt' | 'heldUntil'>): string =>
  reminder.heldUntil ?? reminder.dueAt;

/**
 * A case's reminders as its tab shows them: those still to go out, soonest first; then the others (sent,
 * failed, cancelled), the latest first.
 */
export function splitReminders<T extends ReminderRecord>(
  reminders: readonly T[],
): { upcoming: T[]; past: T[] } {
  const upcoming = reminders
    .filter((r) => r.status === 'scheduled')
    .sort((a, b) => time(goesOutAt(a)) - time(goesOutAt(b)) || a.id.localeCompare(b.id));
  const past = reminders
    .filter((r) => r.status !== 'scheduled')
    .sort((a, b) => time(b.firedAt ?? b.dueAt) - time(a.firedAt ?? a.dueAt) || a.id.localeCompare(b.id));
  return { upcoming, past };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const currencyOf = (value: unknown): Currency | null =>
  (CURRENCIES as readonly unknown[]).includes(value) ? (value as Currency) : null;

/**
 * What a reminder is about, in a line, from its payload: which installment and how much (in its currency),
 * which paper,
 * what the last call said, its dates written for `locale` when one is given. Null when the payload lacks
 * what the line needs (a kind added later).
 */
export function reminderDetails(
  reminder: Pick<ReminderRecord, 'kind' | 'payload'>,
  translate: Translate,
  locale?: string,
) {
  const p = reminder.payload ?? {};
  const dueDate = text(p.dueDate);
  const date = dueDate && locale ? formatCalendarDate(dueDate, locale) : dueDate;
  switch (reminder.kind) {
    case 'installment_due':
    case 'installment_missed': {
      const number = count(p.number);
      const amount = count(p.amountFen);
      if (number === null || amount === null || !date) return null;
      return translate('accord.reminders.details.installment', {
        number,
        // In the plan's currency (NT$ for a Taiwan bank's); bare if the payload never said it.
        amount: formatMoneyOrAmount(amount, currencyOf(p.currency), locale),
        date,
      });
    }
    case 'document_due':
    case 'document_overdue': {
      const kind = text(p.documentKind);
      if (!kind || !date) return null;
      const document = translate(`accord.document_kinds.${kind}`, { _: kind });
      return translate('accord.reminders.details.document', { document, date });
    }
    case 'follow_up': {
      const summary = text(p.summary);
      if (!summary) return null;
      const person = text(p.person);
      return person
        ? translate('accord.reminders.details.follow_up_person', { person, summary })
        : translate('accord.reminders.details.follow_up', { summary });
    }
    case 'stale_case': {
      const days = count(p.days);
      return days === null ? null : translate('accord.reminders.details.stale_case', { smart_count: days });
    }
    case 'credit_dispute_due':
    case 'credit_dispute_overdue': {
      const institution = text(p.institution);
      const filedOn = text(p.filedOn);
      if (!institution || !filedOn) return null;
      return translate('accord.reminders.details.credit_dispute', {
        institution,
        date: locale ? formatCalendarDate(filedOn, locale) : filedOn,
      });
    }
    case 'hearing_upcoming':
    case 'hearing_client':
    case 'court_deadline_due':
    case 'court_deadline_passed': {
      const eventKind = text(p.eventKind);
      const day = text(p.date);
      if (!eventKind || !day) return null;
      const values = {
        event: translate(`accord.court.event_kinds.${eventKind}`, { _: eventKind }),
        date: locale ? formatCalendarDate(day, locale) : day,
        place: [text(p.court), text(p.room)].filter(Boolean).join(' '),
      };
      const time = text(p.time);
      return reminder.kind.startsWith('hearing_') && time
        ? translate('accord.reminders.details.court_sitting', { ...values, time })
        : translate('accord.reminders.details.court_deadline', values);
    }
    case 'morning_digest': {
      const day = text(p.date);
      if (!day) return null;
      return translate('accord.reminders.details.morning_digest', {
        date: locale ? formatCalendarDate(day, locale) : day,
      });
    }
    default:
      return null;
  }
}

/** A reminder's kind in the interface language; a kind added after this dashboard shows as it is. */
export const kindName = (kind: string, translate: Translate): string =>
  translate(`accord.reminder_kinds.${kind}`, { _: kind });

/** The case reference a reminder's payload carries, shown while the case itself is read. */
export const payloadReference = (reminder: Pick<ReminderRecord, 'payload'>): string | null =>
  text(reminder.payload?.reference);
