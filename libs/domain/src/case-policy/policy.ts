import {
  CASE_ACTIONS,
  NEGOTIATION_CONSENT_PURPOSES,
  type CaseAction,
  type CaseActionAnswer,
  type CasePolicyReason,
  type CaseStage,
  CREDITOR_PAYEE_KINDS,
  type PayeeKind,
  type PlanChargeKind,
  type ProposalKind,
  type Role,
  COURT_DEADLINE_KINDS,
  COURT_DECISION_KINDS,
  COURT_SITTING_KINDS,
  DEBTOR_PROCEDURE_KINDS,
  type CourtEventKind,
  type CourtMatterKind,
} from '@accord/contracts';
import { checkTransition, stageIndex } from '../stage-machine';
import { ACTION_RULES, type ConsentNeed } from './actions';
import { approvedByManager, hasText, type Approval, type CaseFacts } from './stage-conditions';

export interface PolicyFacts extends CaseFacts {
  /** Who asks. */
  role: Role;
  /** The firm's calendar day. */
  today: string;
}

/** What the command itself brings to the question (the target stage, the terms, the dates). */
export interface ActionDetails {
  /** case.transition: where to. */
  to?: CaseStage;
  /** Proposals: the plan's length, and the creditor's longest plan (its catalog data; null: no limit known). */
  months?: number | null;
  creditorMaxMonths?: number | null;
  /** An exception to the creditor's limit: asked for now, or kept on the proposal. */
  limitApproval?: Approval | null;
  /** Proposals: the kind asked for and the creditor's charge on it (停息掛賬 carries none). */
  proposalKind?: ProposalKind;
  chargeKind?: PlanChargeKind;
  /** payment.record: who received the money; only the creditor's own account or app may. */
  payeeKind?: PayeeKind;
  /** payment.record: the plan was ended (by closing); it takes payments again only once resumed. */
  planEnded?: boolean;
  /** payment.record: the day paid and the day the plan started. */
  paidOn?: string;
  planStartsOn?: string;
  /** debt.create / debt.update: the day the debt fell overdue. */
  overdueSince?: string | null;
  /** debt.create / debt.update: the day the loan or card contract was signed (for the 4 × LPR line). */
  contractDate?: string | null;
  /** debt.create / debt.update: principal above what is outstanding is allowed only when explained. */
  principalFen?: number;
  outstandingFen?: number;
  principalNote?: string | null;
  /** document.verify: the item has a file. document.waive, a move back: the reason. */
  hasFile?: boolean;
  reason?: string | null;
  /** credit_dispute.*: the dispute's state, its evidence, and the days of filing and answer. */
  disputeStatus?: 'draft' | 'filed' | 'answered' | 'withdrawn';
  evidenceCount?: number;
  filedOn?: string | null;
  answeredOn?: string | null;
  /** court_matter.record: the kind of matter and the client's market (更生 / 清算 are Taiwan's). */
  matterKind?: CourtMatterKind;
  market?: 'CN' | 'TW';
  /** court_event.record: the event, its day, and the days it is checked against. */
  eventKind?: CourtEventKind;
  eventOn?: string;
  /** The earliest summons or notice recorded in the matter (a hearing cannot come before it). */
  summonsOn?: string | null;
  /** A judgment's or ruling's service; a deadline's: the service it counts from. */
  servedOn?: string | null;
  /** A deadline's worked-out day; a different day needs a reason. */
  computedDeadlineOn?: string | null;
  untilOn?: string | null;
  /** court_deadline.complete: the deadline was already met or let pass. */
  deadlineCompleted?: boolean;
  completedOn?: string;
  /** creditor_demand.record: the day received. */
  receivedOn?: string;
}

export type { CaseActionAnswer };

const NEGOTIATION = new Set<string>(NEGOTIATION_CONSENT_PURPOSES);

/**
 * The case policy: for a case in a given state, may this person do this action, and if not, why.
 * Every command of the API asks it before it writes; the dashboard shows the same reasons before the
 * user tries. Reasons come out in a stable order (consent, stage, conditions, figures).
 */
export function check(action: CaseAction, facts: PolicyFacts, details: ActionDetails = {}): CaseActionAnswer {
  const rule = ACTION_RULES[action];
  const reasons: CasePolicyReason[] = [];
  // A closed case takes no change except reopening, and reading.
  if (facts.stage === 'closed' && !rule.stages.includes('closed')) return refuse(['CASE_CLOSED']);
  if (!rule.stages.includes(facts.stage))
    reasons.push(facts.stage !== 'closed' && action === 'case.reopen' ? 'CASE_NOT_CLOSED' : 'WRONG_STAGE');
  if (rule.managerOnly && facts.role === 'officer') reasons.push('MANAGER_ONLY');

  const closing = action === 'case.close' || (action === 'case.transition' && details.to === 'closed');
  if (facts.consentWithdrawn && !rule.afterWithdrawal && !closing) reasons.push('CONSENT_WITHDRAWN');
  else if (!facts.consentWithdrawn && !consentHolds(rule.consent, facts)) reasons.push('CONSENT_MISSING');

  if (action === 'case.transition' || action === 'case.close') {
    const to = action === 'case.close' ? 'closed' : details.to;
    if (to !== undefined && facts.stage !== 'closed') {
      const move = checkTransition(facts.stage, to, facts);
      if (!move.allowed)
        reasons.push(
          ...(move.code === 'TRANSITION_NOT_ALLOWED'
            ? (['TRANSITION_NOT_ALLOWED'] as const)
            : (move.unmet as CasePolicyReason[])),
        );
      if (to === 'closed' && facts.outcome === 'resolved' && !facts.allPlansCompleted)
        reasons.push(...approvalProblems(facts.approval));
      // A forward move explains itself; going back needs a reason (closing's reason is its note).
      if (to !== 'closed' && stageIndex(to) < stageIndex(facts.stage) && !hasText(details.reason))
        reasons.push('NEEDS_MOVE_REASON');
      if (to === 'closed' && facts.officerClosesNeedManager && facts.role === 'officer')
        reasons.push('CLOSE_NEEDS_MANAGER');
    }
  }

  if (action.startsWith('proposal.') && exceedsLimit(details)) {
    if (!approvedByManager(details.limitApproval)) reasons.push('EXCEEDS_CREDITOR_LIMIT');
    reasons.push(...approvalProblems(details.limitApproval));
  }
  if (details.proposalKind === 'interest_freeze' && details.chargeKind && details.chargeKind !== 'none')
    reasons.push('FREEZE_CARRIES_NO_CHARGE');
  if (action === 'payment.record' && details.payeeKind && !CREDITOR_PAYEE_KINDS.includes(details.payeeKind))
    reasons.push('PAYEE_NOT_CREDITOR');
  if (action === 'payment.record' && details.planEnded) reasons.push('PLAN_ENDED');
  if (action === 'payment.record' && details.paidOn !== undefined) {
    if (details.planStartsOn !== undefined && details.paidOn < details.planStartsOn)
      reasons.push('PAYMENT_BEFORE_PLAN_START');
    if (details.paidOn > facts.today) reasons.push('PAYMENT_IN_FUTURE');
  }
  if (action === 'debt.create' || action === 'debt.update')
    reasons.push(...debtProblems(details, facts.today));
  if (action === 'document.verify' && details.hasFile === false) reasons.push('VERIFY_NEEDS_FILE');
  if (action === 'document.waive' && !hasText(details.reason)) reasons.push('WAIVE_NEEDS_REASON');
  if (action.startsWith('credit_dispute.') || action === 'credit_record.nothing_to_dispute')
    reasons.push(...creditDisputeProblems(action, details, facts));

  if (action.startsWith('court_') || action === 'creditor_demand.record')
    reasons.push(...courtProblems(action, details, facts));

  return reasons.length ? refuse([...new Set(reasons)]) : { allowed: true };
}

/** Every action at once, for the dashboard (the details a command brings are unknown here). */
export function answerAll(facts: PolicyFacts): Record<CaseAction, CaseActionAnswer> {
  return Object.fromEntries(CASE_ACTIONS.map((a) => [a, check(a, facts)])) as Record<
    CaseAction,
    CaseActionAnswer
  >;
}

/**
 * What is wrong with a debt's figures as entered, on the firm's day `today`: an overdue or contract date
 * in the future, a principal above what is outstanding without the officer's explanation. Asked by the policy
 * for debt.create/update, and by the client import for each row (it creates cases at intake).
 */
export function debtProblems(
  details: Pick<
    ActionDetails,
    'overdueSince' | 'contractDate' | 'principalFen' | 'outstandingFen' | 'principalNote'
  >,
  today: string,
): CasePolicyReason[] {
  const out: CasePolicyReason[] = [];
  if (details.overdueSince && details.overdueSince > today) out.push('OVERDUE_DATE_IN_FUTURE');
  if (details.contractDate && details.contractDate > today) out.push('CONTRACT_DATE_IN_FUTURE');
  if (
    details.principalFen !== undefined &&
    details.outstandingFen !== undefined &&
    details.principalFen > details.outstandingFen &&
    !hasText(details.principalNote)
  )
    out.push('PRINCIPAL_EXCEEDS_OUTSTANDING');
  return out;
}

/**
 * A dispute goes forward one way: prepared, filed with evidence (never dated ahead of today), answered on
 * or after its filing (never ahead of today), or withdrawn while open. "Nothing to dispute" is said with a
 * reason, and only while no dispute was begun.
 */
function creditDisputeProblems(
  action: CaseAction,
  details: ActionDetails,
  facts: PolicyFacts,
): CasePolicyReason[] {
  const out: CasePolicyReason[] = [];
  const status = details.disputeStatus;
  const closed = status === 'answered' || status === 'withdrawn';
  if (action === 'credit_dispute.file') {
    if (status !== undefined && status !== 'draft')
      out.push(closed ? 'DISPUTE_ALREADY_CLOSED' : 'DISPUTE_ALREADY_FILED');
    if (details.evidenceCount !== undefined && details.evidenceCount === 0)
      out.push('DISPUTE_NEEDS_EVIDENCE');
    if (details.filedOn && details.filedOn > facts.today) out.push('DATE_IN_FUTURE');
  }
  if (action === 'credit_dispute.answer') {
    if (closed) out.push('DISPUTE_ALREADY_CLOSED');
    else if (status === 'draft') out.push('DISPUTE_NOT_FILED');
    if (details.answeredOn && details.filedOn && details.answeredOn < details.filedOn)
      out.push('ANSWER_BEFORE_FILING');
    if (details.answeredOn && details.answeredOn > facts.today) out.push('DATE_IN_FUTURE');
  }
  if (action === 'credit_dispute.withdraw') {
    if (closed) out.push('DISPUTE_ALREADY_CLOSED');
    if (details.reason !== undefined && !hasText(details.reason)) out.push('NEEDS_REASON');
  }
  // What was filed is what the agency has: only a draft changes.
  if (action === 'credit_dispute.prepare' && status !== undefined && status !== 'draft')
    out.push(closed ? 'DISPUTE_ALREADY_CLOSED' : 'DISPUTE_ALREADY_FILED');
  if (action === 'credit_record.nothing_to_dispute') {
    if (details.reason !== undefined && !hasText(details.reason)) out.push('NEEDS_REASON');
    if ((facts.creditDisputes ?? 0) > 0) out.push('DISPUTES_EXIST');
  }
  return out;
}

const isIn = <T extends string>(list: readonly T[], value: string | undefined): boolean =>
  value !== undefined && (list as readonly string[]).includes(value);

/**
 * Court papers in the order courts send them: no hearing before the summons, no deadline before the
 * service it counts from, a worked-out deadline changed only with a reason, what was received never dated
 * ahead of today, a limit's end after its start; the debtor's own procedures are Taiwan's.
 */
function courtProblems(action: CaseAction, details: ActionDetails, facts: PolicyFacts): CasePolicyReason[] {
  const out: CasePolicyReason[] = [];
  if (
    action === 'court_matter.record' &&
    isIn(DEBTOR_PROCEDURE_KINDS, details.matterKind) &&
    details.market !== 'TW'
  )
    out.push('DEBTOR_PROCEDURE_NOT_TAIWAN');
  if (action === 'court_event.record') {
    const kind = details.eventKind;
    const on = details.eventOn;
    if (isIn(COURT_SITTING_KINDS, kind) && on && details.summonsOn && on < details.summonsOn)
      out.push('HEARING_BEFORE_SUMMONS');
    if (kind === 'summons_received' && on && on > facts.today) out.push('DATE_IN_FUTURE');
    if (isIn(COURT_DECISION_KINDS, kind)) {
      if (!details.servedOn) out.push('SERVICE_DATE_REQUIRED');
      else {
        if (details.servedOn > facts.today) out.push('DATE_IN_FUTURE');
        if (on && details.servedOn < on) out.push('SERVICE_BEFORE_DECISION');
      }
    }
    if (isIn(COURT_DEADLINE_KINDS, kind) && on) {
      if (details.servedOn && on < details.servedOn) out.push('DEADLINE_BEFORE_SERVICE');
      if (details.computedDeadlineOn && on !== details.computedDeadlineOn && !hasText(details.reason))
        out.push('DEADLINE_CHANGE_NEEDS_REASON');
    }
    if (details.untilOn && on && details.untilOn < on) out.push('UNTIL_BEFORE_START');
  }
  if (action === 'court_deadline.complete') {
    if (details.eventKind && !isIn(COURT_DEADLINE_KINDS, details.eventKind)) out.push('NOT_A_DEADLINE');
    if (details.deadlineCompleted) out.push('DEADLINE_ALREADY_COMPLETED');
    if (details.completedOn && details.completedOn > facts.today) out.push('DATE_IN_FUTURE');
    if (details.reason !== undefined && !hasText(details.reason)) out.push('NEEDS_REASON');
  }
  if (action === 'creditor_demand.record' && details.receivedOn && details.receivedOn > facts.today)
    out.push('DATE_IN_FUTURE');
  return out;
}

function consentHolds(need: ConsentNeed, facts: PolicyFacts): boolean {
  if (need === 'none') return true;
  if (need === 'negotiation') return facts.consentPurposes.some((p) => NEGOTIATION.has(p));
  if (need === 'credit_dispute') return facts.consentPurposes.includes('credit_dispute');
  return facts.stage === 'intake' || facts.consentPurposes.length > 0;
}

function exceedsLimit(details: ActionDetails): boolean {
  return (
    typeof details.months === 'number' &&
    typeof details.creditorMaxMonths === 'number' &&
    details.months > details.creditorMaxMonths
  );
}

/** An approval asked for by someone who may not give it, or without a reason. */
function approvalProblems(approval: Approval | null | undefined): CasePolicyReason[] {
  if (!approval) return [];
  const out: CasePolicyReason[] = [];
  if (approval.role === 'officer') out.push('APPROVAL_NEEDS_MANAGER');
  if (!hasText(approval.reason)) out.push('APPROVAL_NEEDS_REASON');
  return out;
}

const refuse = (reasons: CasePolicyReason[]): CaseActionAnswer => ({ allowed: false, reasons });
