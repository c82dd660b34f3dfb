import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { STAGE_CONDITIONS, type CaseFacts, type StageCondition } from './case-policy/stage-conditions';

export type { CaseFacts, StageCondition };

/**
 * The case's stage machine: which moves exist at all (forward along the spine, the usual back-moves,
 * and closing from anywhere open), and which conditions must hold for a move. The conditions are data
 * (case-policy/stage-conditions.ts); the case policy (case-policy/policy.ts) asks this engine.
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
  conditions: readonly StageCondition[] = STAGE_CONDITIONS,
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
