import { addDays } from '../dates';
import type { PlannedReminder, ReminderClock } from '../reminder-plans';
import { zonedInstant } from '../zoned-time';

const at = (clock: ReminderClock, date: string, days: number, time: string) =>
  zonedInstant(addDays(date, days), time, clock.timeZone);

const MORNING_LEAD_MS = 60 * 60 * 1000;

/**
 * A hearing or mediation on `date` at `time` (firm wall clock): the officer and the manager 7 days and
 * 1 day before and on the morning (at the staff hour, and never later than an hour before the sitting);
 * the client 3 days and 1 day before, at the clients' hour (delivery keeps their quiet hours).
 */
export function hearingReminders(date: string, time: string, clock: ReminderClock): PlannedReminder[] {
  const sitting = zonedInstant(date, time, clock.timeZone);
  const staffMorning = at(clock, date, 0, clock.staffTime);
  const morning = new Date(Math.min(staffMorning.getTime(), sitting.getTime() - MORNING_LEAD_MS));
  const staff = (['officer', 'manager'] as const).flatMap((recipient) => [
    {
      kind: 'hearing_upcoming',
      recipient,
      slot: `${recipient}-7d`,
      dueAt: at(clock, date, -7, clock.staffTime),
    },
    {
      kind: 'hearing_upcoming',
      recipient,
      slot: `${recipient}-1d`,
      dueAt: at(clock, date, -1, clock.staffTime),
    },
    { kind: 'hearing_upcoming', recipient, slot: `${recipient}-0d`, dueAt: morning },
  ]);
  const client = [
    {
      kind: 'hearing_client',
      recipient: 'client' as const,
      slot: 'client-3d',
      dueAt: at(clock, date, -3, clock.clientTime),
    },
    {
      kind: 'hearing_client',
      recipient: 'client' as const,
      slot: 'client-1d',
      dueAt: at(clock, date, -1, clock.clientTime),
    },
  ];
  return [...staff, ...client].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * An answer or appeal deadline on `date`: the officer 5 days and 2 days before and on the day; if nothing
 * is recorded by then, the manager the next morning.
 */
export function courtDeadlineReminders(date: string, clock: ReminderClock): PlannedReminder[] {
  return [
    {
      kind: 'court_deadline_due',
      recipient: 'officer',
      slot: 'officer-5d',
      dueAt: at(clock, date, -5, clock.staffTime),
    },
    {
      kind: 'court_deadline_due',
      recipient: 'officer',
      slot: 'officer-2d',
      dueAt: at(clock, date, -2, clock.staffTime),
    },
    {
      kind: 'court_deadline_due',
      recipient: 'officer',
      slot: 'officer-0d',
      dueAt: at(clock, date, 0, clock.staffTime),
    },
    {
      kind: 'court_deadline_passed',
      recipient: 'manager',
      slot: 'manager+1d',
      dueAt: at(clock, date, 1, clock.staffTime),
    },
  ];
}
