import { addDays } from '../dates';

/** The credit reference centre or lender answers a dispute in writing within 20 days of its filing. */
export const DISPUTE_ANSWER_DAYS = 20;
/** The officer is reminded on day 15, to chase the answer before it is due. */
export const DISPUTE_CHASE_DAY = 15;

export function disputeAnswerDue(filedOn: string): string {
  return addDays(filedOn, DISPUTE_ANSWER_DAYS);
}

/** The officer's reminders (day 15 and the due day) and the manager's escalation (the day after). */
export function disputeReminderDates(filedOn: string): { chase: string; due: string; escalate: string } {
  const due = disputeAnswerDue(filedOn);
  return { chase: addDays(filedOn, DISPUTE_CHASE_DAY), due, escalate: addDays(due, 1) };
}
