import type { CaseOutcome, CasePolicyReason, CaseStage } from '@accord/contracts';
import { casePolicy, type PolicyFacts } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** What `GET /api/cases/:id/actions` answers: the policy's facts, and each action's and move's answer. */
export type CaseActionsAnswer = Schema<'CaseActions'>;

/** What the move dialog asks of the person. */
export interface MoveInput {
  reason: string;
  outcome: CaseOutcome | '';
  closingNote: string;
  approvalReason: string;
}

/** Reasons the dialog's own fields answer; the rest need work elsewhere first. */
const FORM_REASONS: ReadonlySet<CasePolicyReason> = new Set([
  'NEEDS_MOVE_REASON',
  'NEEDS_OUTCOME',
  'NEEDS_CLOSING_NOTE',
  'APPROVAL_NEEDS_REASON',
]);

export interface MoveAnswer {
  allowed: boolean;
  /** Unmet conditions of the case itself, each fixed somewhere else (listed with a link). */
  caseReasons: CasePolicyReason[];
  /** What the dialog's fields still lack. */
  formReasons: CasePolicyReason[];
  /** A manager closing as resolved with a plan unpaid: the approval field is shown, and needed. */
  asksApproval: boolean;
}

/**
 * The same case policy the API asks, on the facts it sent and what the person has typed so far: the
 * dialog shows every reason before anything is sent, and the API gives the same answer after.
 */
export function answerMove(facts: PolicyFacts, to: CaseStage, input: MoveInput): MoveAnswer {
  const closing = to === 'closed';
  const outcome = closing ? input.outcome || null : facts.outcome;
  const asksApproval =
    closing && outcome === 'resolved' && !facts.allPlansCompleted && facts.role !== 'officer';
  const approval = asksApproval ? { role: facts.role, reason: input.approvalReason } : null;
  const answer = casePolicy.check(
    closing ? 'case.close' : 'case.transition',
    { ...facts, outcome, closingNote: closing ? input.closingNote : facts.closingNote, approval },
    { to, reason: input.reason },
  );
  if (answer.allowed) return { allowed: true, caseReasons: [], formReasons: [], asksApproval };
  const isForm = (r: CasePolicyReason) =>
    FORM_REASONS.has(r) || (asksApproval && r === 'PLANS_NOT_COMPLETED');
  return {
    allowed: false,
    caseReasons: answer.reasons.filter((r) => !isForm(r)),
    formReasons: answer.reasons.filter(isForm),
    asksApproval,
  };
}

/** Where each unmet condition is fixed: a tab of the case (its path) or the client's record. */
export const REASON_FIXES: Partial<Record<CasePolicyReason, { tab: string } | 'client'>> = {
  NEEDS_A_DEBT: { tab: '' },
  PRINCIPAL_EXCEEDS_OUTSTANDING: { tab: '' },
  NEEDS_CONSENT: 'client',
  NEEDS_NEGOTIATION_CONSENT: 'client',
  CONSENT_MISSING: 'client',
  DOCUMENTS_INCOMPLETE: { tab: 'documents' },
  PROPOSALS_NOT_ACCEPTED: { tab: 'proposals' },
  NO_REPAYMENT_PLAN: { tab: 'proposals' },
  PLANS_NOT_COMPLETED: { tab: 'repayment' },
};
