import { CASE_STAGES, type CaseAction, type CaseStage } from '@accord/contracts';

const OPEN: readonly CaseStage[] = CASE_STAGES.filter((s) => s !== 'closed');
/** From the first call to a creditor until the case closes. */
const WITH_CREDITOR: readonly CaseStage[] = [
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'credit_repair',
];

const PAST_INTAKE: readonly CaseStage[] = OPEN.filter((s) => s !== 'intake');

/**
 * Which consent an action needs: none (reading, closing, intake itself), any stated purpose once the
 * case is past intake (PIPL: no processing beyond intake without consent), or one of the negotiation
 * purposes (NEGOTIATION_CONSENT_PURPOSES) whatever the stage.
 */
export type ConsentNeed = 'none' | 'beyond_intake' | 'negotiation' | 'credit_dispute';

export interface ActionRule {
  /** The stages in which the action may happen; a closed case is refused with CASE_CLOSED. */
  stages: readonly CaseStage[];
  consent: ConsentNeed;
  /** Still allowed once the client withdrew consent (closing the case, exporting the client's data). */
  afterWithdrawal: boolean;
  managerOnly?: boolean;
}

/** The action rules as data: one row per action, read by `check` and shown by the actions endpoint. */
export const ACTION_RULES: Readonly<Record<CaseAction, ActionRule>> = {
  'case.update': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  // Which moves exist and what they need is the stage machine's answer (stage-conditions.ts).
  'case.transition': { stages: OPEN, consent: 'none', afterWithdrawal: false },
  'case.close': { stages: OPEN, consent: 'none', afterWithdrawal: true },
  'case.reopen': { stages: ['closed'], consent: 'none', afterWithdrawal: false, managerOnly: true },
  'case.export': { stages: CASE_STAGES, consent: 'none', afterWithdrawal: true },
  'debt.create': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'debt.update': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  // Removing is for mistakes made at intake; later a debt is excluded with a reason instead.
  'debt.remove': { stages: ['intake'], consent: 'none', afterWithdrawal: false },
  'financial_statement.create': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'contact.creditor': { stages: WITH_CREDITOR, consent: 'negotiation', afterWithdrawal: false },
  'contact.client': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  // A proposal may be drafted while the creditor is being reached; it goes to the creditor only in negotiation.
  'proposal.create': {
    stages: ['creditor_contact', 'negotiating'],
    consent: 'negotiation',
    afterWithdrawal: false,
  },
  'proposal.update': {
    stages: ['creditor_contact', 'negotiating'],
    consent: 'negotiation',
    afterWithdrawal: false,
  },
  'proposal.submit': { stages: ['negotiating'], consent: 'negotiation', afterWithdrawal: false },
  'proposal.counter': { stages: ['negotiating'], consent: 'negotiation', afterWithdrawal: false },
  'proposal.accept': { stages: ['negotiating'], consent: 'negotiation', afterWithdrawal: false },
  'payment.record': { stages: ['agreed', 'repaying'], consent: 'beyond_intake', afterWithdrawal: false },
  'payment.proof': { stages: ['agreed', 'repaying'], consent: 'beyond_intake', afterWithdrawal: false },
  'document.request': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'document.receive': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'document.verify': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'document.reject': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'document.waive': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'document.upload': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  'upload_link.create': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  // Reading the client's report into the case is intake work too: it shows what is owed and to whom.
  'credit_entry.record': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
  // A dispute speaks for the client to the agency or lender: it needs that purpose of consent.
  'credit_dispute.prepare': { stages: PAST_INTAKE, consent: 'credit_dispute', afterWithdrawal: false },
  'credit_dispute.file': { stages: PAST_INTAKE, consent: 'credit_dispute', afterWithdrawal: false },
  'credit_dispute.answer': { stages: PAST_INTAKE, consent: 'none', afterWithdrawal: false },
  'credit_dispute.withdraw': { stages: PAST_INTAKE, consent: 'none', afterWithdrawal: false },
  'credit_record.nothing_to_dispute': {
    stages: ['repaying', 'credit_repair'],
    consent: 'none',
    afterWithdrawal: false,
  },
  // A client often arrives already sued: court papers are recorded from intake on, and a hearing after
  // consent was withdrawn still has to be known (the firm tells the client and the court it stopped).
  'court_matter.record': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: true },
  'court_event.record': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: true },
  'court_deadline.complete': { stages: OPEN, consent: 'none', afterWithdrawal: true },
  'creditor_demand.record': { stages: OPEN, consent: 'beyond_intake', afterWithdrawal: false },
};
