import type { ReminderRecipient } from '@accord/contracts';
import { disputeReminderDates } from './credit-record/dispute-dates';
import { addDays } from './dates';
import { zonedInstant } from './zoned-time';

/** One reminder a cause asks for: `slot` tells it apart from the cause's other reminders. */
export interface PlannedReminder {
  kind: string;
  recipient: ReminderRecipient;
  slot: string;
  dueAt: Date;
}

/** Firm wall-clock times reminders go out at; a setting, these are the defaults. */
export interface ReminderClock {
  timeZone: string;
  /** Officers' and managers' reminders, e.g. 09:00. */
  staffTime: string;
  /** Clients' reminders, e.g. 10:00 (and never in quiet hours). */
  clientTime: string;
}

const at = (clock: ReminderClock, date: string, days: number, time: string) =>
  zonedInstant(addDays(date, days), time, clock.timeZone);

const inTimeOrder = (planned: PlannedReminder[]) =>
  planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

/**
 * An installment due on `dueDate`: the client three days before and the day before, the officer the
 * day before; if it is still unpaid, the officer the next morning and the manager a week after.
 */
export function installmentReminders(dueDate: string, clock: ReminderClock): PlannedReminder[] {
  return inTimeOrder([
    {
      kind: 'installment_due',
      recipient: 'client',
      slot: 'client-3d',
      dueAt: at(clock, dueDate, -3, clock.clientTime),
    },
    {
      kind: 'installment_due',
      recipient: 'client',
      slot: 'client-1d',
      dueAt: at(clock, dueDate, -1, clock.clientTime),
    },
    {
      kind: 'installment_due',
      recipient: 'officer',
      slot: 'officer-1d',
      dueAt: at(clock, dueDate, -1, clock.staffTime),
    },
    {
      kind: 'installment_missed',
      recipient: 'officer',
      slot: 'officer+1d',
      dueAt: at(clock, dueDate, 1, clock.staffTime),
    },
    {
      kind: 'installment_missed',
      recipient: 'manager',
      slot: 'manager+7d',
      dueAt: at(clock, dueDate, 7, clock.staffTime),
    },
  ]);
}

/** A document requested by `dueDate`: the client two days before, the officer on the day, and the day after if late. */
export function documentRequestReminders(dueDate: string, clock: ReminderClock): PlannedReminder[] {
  return inTimeOrder([
    {
      kind: 'document_due',
      recipient: 'client',
      slot: 'client-2d',
      dueAt: at(clock, dueDate, -2, clock.clientTime),
    },
    {
      kind: 'document_due',
      recipient: 'officer',
      slot: 'officer-0d',
      dueAt: at(clock, dueDate, 0, clock.staffTime),
    },
    {
      kind: 'document_overdue',
      recipient: 'officer',
      slot: 'officer+1d',
      dueAt: at(clock, dueDate, 1, clock.staffTime),
    },
  ]);
}

/**
 * A credit dispute filed on `filedOn`: the officer on day 15 (chase the answer) and on the due day (day 20);
 * if no answer is recorded by then, the manager the day after.
 */
export function creditDisputeReminders(filedOn: string, clock: ReminderClock): PlannedReminder[] {
  const { chase, due, escalate } = disputeReminderDates(filedOn);
  return inTimeOrder([
    {
      kind: 'credit_dispute_due',
      recipient: 'officer',
      slot: 'officer-5d',
      dueAt: at(clock, chase, 0, clock.staffTime),
    },
    {
      kind: 'credit_dispute_due',
      recipient: 'officer',
      slot: 'officer-0d',
      dueAt: at(clock, due, 0, clock.staffTime),
    },
    {
      kind: 'credit_dispute_overdue',
      recipient: 'manager',
      slot: 'manager+1d',
      dueAt: at(clock, escalate, 0, clock.staffTime),
    },
  ]);
}

/** The follow-up an officer set on a contact fires at the very instant they chose. */
export function followUpReminders(nextFollowUpAt: Date): PlannedReminder[] {
  return [{ kind: 'follow_up', recipient: 'officer', slot: 'officer', dueAt: nextFollowUpAt }];
}

/** Reminders already past when their cause is written are not sent late: a cause looks forward only. */
export function upcoming(planned: readonly PlannedReminder[], now: Date): PlannedReminder[] {
  return planned.filter((r) => r.dueAt.getTime() > now.getTime());
}
