import { NEGOTIATION_CONSENT_PURPOSES, type CaseOutcome, type CaseStage, type Role } from '@accord/contracts';

const NEGOTIATION = new Set<string>(NEGOTIATION_CONSENT_PURPOSES);

/** A manager's (or admin's) recorded yes to an exception, with the reason kept on the record. */
export interface Approval {
  role: Role;
  reason: string | null;
}

/**
 * What the policy knows about a case. The API gathers these facts (each feature contributes a query);
 * the rules that read them all live in this folder.
 */
export interface CaseFacts {
  stage: CaseStage;
  /** The purposes the client consents to now (empty when never given or withdrawn). */
  consentPurposes: readonly string[];
  /** Consent was given once and then withdrawn (PIPL): all work stops but closing and export. */
  consentWithdrawn: boolean;
  openDebtCount: number;
  everyOpenDebtAgreed: boolean;
  hasRepaymentPlan: boolean;
  allPlansCompleted: boolean;
  documentsComplete: boolean;
  outcome: CaseOutcome | null;
  closingNote: string | null;
  /** An exception asked for with this command (closing as resolved with plans still open). */
  approval?: Approval | null;
  /** The firm's setting: an officer's close needs a manager (the manager closes, with a reason). */
  officerClosesNeedManager?: boolean;
  /** Credit disputes prepared or filed and not yet answered or withdrawn. */
  openCreditDisputes?: number;
  /** Disputes ever begun on the case (answered, withdrawn or open). */
  creditDisputes?: number;
  /** The officer said, with a reason, that nothing on the client's credit report is wrong. */
  nothingToDispute?: boolean;
  /** Court matters recorded on the case (open or concluded). */
  courtMatters?: number;
}

export interface StageCondition {
  /** Machine-readable, shown to people through the message files. */
  code: string;
  applies(from: CaseStage, to: CaseStage): boolean;
  holds(facts: CaseFacts): boolean;
}

export const hasText = (value: string | null | undefined): boolean =>
  typeof value === 'string' && value.trim().length > 0;

export const approvedByManager = (approval: Approval | null | undefined): boolean =>
  !!approval && approval.role !== 'officer' && hasText(approval.reason);

/**
 * Every condition of the stage machine, in one list. `agreed` needs an accepted proposal on every open
 * debt; `repaying` a plan; leaving repaying for the credit record, or closing as resolved, every plan
 * paid (closing as resolved may instead carry a manager's approval with a reason). Closing as failed,
 * withdrawn or litigated, or going back to negotiating, stays open to a plan in trouble: that is what
 * those moves are for.
 */
export const STAGE_CONDITIONS: readonly StageCondition[] = [
  {
    code: 'NEEDS_A_DEBT',
    applies: (from, to) => from === 'intake' && to !== 'closed',
    holds: (facts) => facts.openDebtCount > 0,
  },
  {
    code: 'NEEDS_CONSENT',
    applies: (from, to) => from === 'intake' && to !== 'closed',
    holds: (facts) => facts.consentPurposes.length > 0 && !facts.consentWithdrawn,
  },
  {
    // PIPL: the creditors are approached only for a client who consented to that purpose.
    code: 'NEEDS_NEGOTIATION_CONSENT',
    applies: (from, to) => (to === 'creditor_contact' || to === 'negotiating') && from !== to,
    holds: (facts) => !facts.consentWithdrawn && facts.consentPurposes.some((p) => NEGOTIATION.has(p)),
  },
  {
    code: 'DOCUMENTS_INCOMPLETE',
    applies: (from, to) => from === 'documents' && to !== 'intake' && to !== 'closed',
    holds: (facts) => facts.documentsComplete,
  },
  {
    code: 'PROPOSALS_NOT_ACCEPTED',
    applies: (_, to) => to === 'agreed',
    holds: (facts) => facts.everyOpenDebtAgreed,
  },
  {
    code: 'NO_REPAYMENT_PLAN',
    applies: (_, to) => to === 'repaying',
    holds: (facts) => facts.hasRepaymentPlan,
  },
  {
    code: 'PLANS_NOT_COMPLETED',
    applies: (from, to) => from === 'repaying' && to === 'credit_repair',
    holds: (facts) => facts.allPlansCompleted,
  },
  {
    // A dispute's answer is due within 20 days: the credit-record stage ends when every one is answered
    // or withdrawn, and only after something was disputed or the officer said there was nothing to.
    code: 'CREDIT_DISPUTES_OPEN',
    applies: (from, to) => from === 'credit_repair' && to === 'closed',
    holds: (facts) => (facts.openCreditDisputes ?? 0) === 0,
  },
  {
    code: 'CREDIT_RECORD_NOT_REVIEWED',
    applies: (from, to) => from === 'credit_repair' && to === 'closed',
    holds: (facts) => (facts.creditDisputes ?? 0) > 0 || facts.nothingToDispute === true,
  },
  {
    code: 'NEEDS_OUTCOME',
    applies: (_, to) => to === 'closed',
    holds: (facts) => facts.outcome !== null,
  },
  {
    // "Litigated" says a court took the matter over: the case shows which.
    code: 'LITIGATED_NEEDS_COURT_MATTER',
    applies: (_, to) => to === 'closed',
    holds: (facts) => facts.outcome !== 'litigated' || (facts.courtMatters ?? 0) > 0,
  },
  {
    code: 'NEEDS_CLOSING_NOTE',
    applies: (_, to) => to === 'closed',
    holds: (facts) => hasText(facts.closingNote),
  },
  {
    code: 'PLANS_NOT_COMPLETED',
    applies: (_, to) => to === 'closed',
    holds: (facts) =>
      facts.outcome !== 'resolved' || facts.allPlansCompleted || approvedByManager(facts.approval),
  },
];
