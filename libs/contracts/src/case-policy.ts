/**
 * What the case policy answers about: every command that writes to a case names one of these actions,
 * and `GET /api/cases/:id/actions` answers each. Values are stored in logs and read by the dashboard.
 */
export const CASE_ACTIONS = [
  'case.update',
  'case.transition',
  'case.close',
  'case.reopen',
  'case.export',
  'debt.create',
  'debt.update',
  'debt.remove',
  'financial_statement.create',
  'contact.creditor',
  'contact.client',
  'proposal.create',
  'proposal.update',
  'proposal.submit',
  'proposal.counter',
  'proposal.accept',
  'payment.record',
  'payment.proof',
  'document.request',
  'document.receive',
  'document.verify',
  'document.reject',
  'document.waive',
  'document.upload',
  'upload_link.create',
  'credit_entry.record',
  'credit_dispute.prepare',
  'credit_dispute.file',
  'credit_dispute.answer',
  'credit_dispute.withdraw',
  'credit_record.nothing_to_dispute',
  'court_matter.record',
  'court_event.record',
  'court_deadline.complete',
  'creditor_demand.record',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * Why the policy refuses an action, machine-readable: the API answers them in a 409 ACTION_REFUSED
 * (`details.reasons`) and the dashboard translates them (accord.case_policy.<code>).
 */
export const CASE_POLICY_REASONS = [
  // consent (PIPL)
  'CONSENT_MISSING',
  'CONSENT_WITHDRAWN',
  'NEEDS_CONSENT',
  'NEEDS_NEGOTIATION_CONSENT',
  // stage
  'CASE_CLOSED',
  'CASE_NOT_CLOSED',
  'WRONG_STAGE',
  'TRANSITION_NOT_ALLOWED',
  'MANAGER_ONLY',
  'NEEDS_MOVE_REASON',
  'CLOSE_NEEDS_MANAGER',
  // the stage machine's conditions
  'NEEDS_A_DEBT',
  'NEEDS_OUTCOME',
  'NEEDS_CLOSING_NOTE',
  'DOCUMENTS_INCOMPLETE',
  'PROPOSALS_NOT_ACCEPTED',
  'NO_REPAYMENT_PLAN',
  'PLANS_NOT_COMPLETED',
  // creditor limits and approvals
  'EXCEEDS_CREDITOR_LIMIT',
  'APPROVAL_NEEDS_MANAGER',
  'APPROVAL_NEEDS_REASON',
  // plan terms and money
  'FREEZE_CARRIES_NO_CHARGE',
  'PAYEE_NOT_CREDITOR',
  // dates and evidence
  'PLAN_ENDED',
  'PAYMENT_BEFORE_PLAN_START',
  'PAYMENT_IN_FUTURE',
  'OVERDUE_DATE_IN_FUTURE',
  'CONTRACT_DATE_IN_FUTURE',
  'PRINCIPAL_EXCEEDS_OUTSTANDING',
  'VERIFY_NEEDS_FILE',
  'WAIVE_NEEDS_REASON',
  // the credit record
  'CREDIT_DISPUTES_OPEN',
  'CREDIT_RECORD_NOT_REVIEWED',
  'DISPUTE_NEEDS_EVIDENCE',
  'DISPUTE_NOT_FILED',
  'DISPUTE_ALREADY_FILED',
  'DISPUTE_ALREADY_CLOSED',
  'ANSWER_BEFORE_FILING',
  'DATE_IN_FUTURE',
  'NEEDS_REASON',
  'DISPUTES_EXIST',
  // court matters
  'LITIGATED_NEEDS_COURT_MATTER',
  'HEARING_BEFORE_SUMMONS',
  'DEADLINE_BEFORE_SERVICE',
  'DEADLINE_CHANGE_NEEDS_REASON',
  'SERVICE_DATE_REQUIRED',
  'UNTIL_BEFORE_START',
  'DEBTOR_PROCEDURE_NOT_TAIWAN',
  'DEADLINE_ALREADY_COMPLETED',
  'NOT_A_DEADLINE',
  'SERVICE_BEFORE_DECISION',
] as const;
export type CasePolicyReason = (typeof CASE_POLICY_REASONS)[number];

/** What a client may consent to (PIPL: each purpose separately), recorded on the client. */
export const CONSENT_PURPOSES = [
  'debt_negotiation',
  'credit_dispute',
  'litigation_support',
  'contact_creditors',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Consent purposes under which creditors may be contacted and proposals made for the client. */
export const NEGOTIATION_CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'contact_creditors',
  'debt_negotiation',
];

export type CaseActionAnswer = { allowed: true } | { allowed: false; reasons: CasePolicyReason[] };
