import type { ProposalStatus } from './cases';
import type { RequirementMove } from './documents';

/**
 * What the case timeline records, one kind per thing that happened: written by the server, read by the
 * timeline and the reports, translated by the dashboard (a kind without its message fails to compile).
 */
export const CASE_EVENT_KINDS = [
  'case.opened',
  'case.updated',
  'case.stage_changed',
  'case.reassigned',
  'case.reopened',
  'client.consent_withdrawn',
  'debt.added',
  'debt.updated',
  'debt.removed',
  'documents.checklist_updated',
  'document.receive',
  'document.verify',
  'document.reject',
  'document.waive',
  'financial_statement.recorded',
  'contact.logged',
  'contact.updated',
  'proposal.drafted',
  'proposal.submitted',
  'proposal.countered',
  'proposal.rejected',
  'proposal.withdrawn',
  'proposal.accepted',
  'proposal.limit_exception_approved',
  'payment.recorded',
  'credit_entry.recorded',
  'credit_entry.updated',
  'credit_entry.removed',
  'credit_dispute.prepared',
  'credit_dispute.updated',
  'credit_dispute.filed',
  'credit_dispute.answered',
  'credit_dispute.withdrawn',
  'credit_record.nothing_to_dispute',
  'court_matter.recorded',
  'court_matter.updated',
  'court_event.recorded',
  'court_event.updated',
  'court_deadline.completed',
  'creditor_demand.recorded',
] as const satisfies readonly (
  `${string}.${string}` | `document.${RequirementMove}` | `proposal.${Exclude<ProposalStatus, 'draft'>}`
)[];
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

type SubjectOf<K> = K extends `${infer Subject}.${string}` ? Subject : never;
type EventsOf<S extends string> = CaseEventKind extends infer K
  ? K extends `${S}.${infer E}`
    ? E
    : never
  : never;

/** The kinds under each subject, as the dashboard's messages group them (accord.timeline.kinds.<subject>.<event>). */
export type CaseEventMessages = {
  [S in SubjectOf<CaseEventKind>]: { [E in EventsOf<S>]: string };
};
