import type { ContactChannel, ContactParty } from '@accord/contracts';
import { firmInstant } from '../../common/firm';
import type { Schema } from '../../providers/api';

/** A logged call, chat, letter or visit, as `GET /contacts?caseId=` lists it. */
export type ContactRecord = Schema<'Contact'>;

/** The "log a call" form: dates and clock times on the firm's calendar, as typed. */
export interface ContactFormValues {
  party: ContactParty;
  channel: ContactChannel;
  debtId?: string | null;
  occurredOn: string;
  occurredTime: string;
  person?: string | null;
  summary: string;
  outcome?: string | null;
  followUpOn?: string | null;
  followUpTime?: string | null;
}

/** A follow-up given a date but no time is due in the morning, when calls to creditors start. */
export const FOLLOW_UP_TIME = '09:00';

const optional = (value: string | null | undefined) => {
  const text = (value ?? '').trim();
  return text ? text : undefined;
};

/**
 * The form as the API takes it (the body of `POST /contacts`): instants with the firm's offset (the API refuses a time without one).
 * Validation has already required a readable date and time for when it happened.
 */
export function contactBody(caseId: string, values: ContactFormValues): Schema<'CreateContactDto'> {
  const occurredAt = firmInstant(values.occurredOn, values.occurredTime);
  if (!occurredAt) throw new Error('the contact has no readable date and time');
  const followUp = values.followUpOn
    ? firmInstant(values.followUpOn, values.followUpTime || FOLLOW_UP_TIME)
    : null;
  const body: Schema<'CreateContactDto'> = {
    caseId,
    party: values.party,
    channel: values.channel,
    occurredAt,
    summary: values.summary.trim(),
  };
  const debtId = optional(values.debtId);
  const person = optional(values.person);
  const outcome = optional(values.outcome);
  if (debtId) body.debtId = debtId;
  if (person) body.person = person;
  if (outcome) body.outcome = outcome;
  if (followUp) body.nextFollowUpAt = followUp;
  return body;
}
