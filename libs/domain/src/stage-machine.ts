import { CASE_STAGES, type CaseOutcome, type CaseStage } from '@accord/contracts';

/**
 * The case's stage machine: which moves exist at all (forward along the spine, the usual back-moves,
 * and closing from anywhere open), and which conditions must hold for a move. Conditions are a list
 * so later features (documents, proposals, plans) add theirs without touching the engine.
 */
export const TRANSITIONS: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  intake: ['documents', 'closed'],
  documents: ['creditor_contact', 'intake', 'closed'],
  creditor_contact: ['negotiating', 'documents', 'closed'],
  // The creditor may ask for more papers, or the officer may need to reach another department.
  negotiating: ['agreed', 'documents', 'creditor_contact', 'closed'],
  agreed: ['repaying', 'negotiating', 'closed'],
  // A defaulted plan goes back to negotiation; a paid plan may need the credit record repaired.
  repaying: ['credit_repair', 'negotiating', 'closed'],
  credit_repair: ['closed', 'repaying'],
  closed: [],
};

/** What the guard knows about a case when a move is asked for; features extend it with their own facts. */
export interface CaseFacts {
  openDebtCount: number;
  consentRecorded: boolean;
  outcome: CaseOutcome | null;
  closingNote: string | null;
  [feature: string]: unknown;
}

export interface StageCondition {
  /** Machine-readable, shown to people through the message files. */
  code: string;
  applies(from: CaseStage, to: CaseStage): boolean;
  holds(facts: CaseFacts): boolean;
}

export const CORE_CONDITIONS: readonly StageCondition[] = [
  {
    code: 'NEEDS_A_DEBT',
    applies: (from, to) => from === 'intake' && to !== 'closed',
    holds: (facts) => facts.openDebtCount > 0,
  },
  {
    code: 'NEEDS_CONSENT',
    applies: (from, to) => from === 'intake' && to !== 'closed',
    holds: (facts) => facts.consentRecorded,
  },
  {
    code: 'NEEDS_OUTCOME',
    applies: (_, to) => to === 'closed',
    holds: (facts) => facts.outcome !== null,
  },
  {
    code: 'NEEDS_CLOSING_NOTE',
    applies: (_, to) => to === 'closed',
    holds: (facts) => typeof facts.closingNote === 'string' && facts.closingNote.trim().length > 0,
  },
];

export type TransitionCheck =
  | { allowed: true }
  | { allowed: false; code: 'TRANSITION_NOT_ALLOWED'; allowedMoves: readonly CaseStage[] }
  | { allowed: false; code: 'CONDITIONS_UNMET'; unmet: string[] };

export function allowedMoves(from: CaseStage): readonly CaseStage[] {
  return TRANSITIONS[from];
}

export function checkTransition(
  from: CaseStage,
  to: CaseStage,
  facts: CaseFacts,
  conditions: readonly StageCondition[] = CORE_CONDITIONS,
): TransitionCheck {
  if (!TRANSITIONS[from].includes(to))
    return { allowed: false, code: 'TRANSITION_NOT_ALLOWED', allowedMoves: TRANSITIONS[from] };
  const unmet = conditions.filter((c) => c.applies(from, to) && !c.holds(facts)).map((c) => c.code);
  return unmet.length ? { allowed: false, code: 'CONDITIONS_UNMET', unmet } : { allowed: true };
}

/** The spine's order, for steppers and funnels. */
export function stageIndex(stage: CaseStage): number {
  return CASE_STAGES.indexOf(stage);
}
