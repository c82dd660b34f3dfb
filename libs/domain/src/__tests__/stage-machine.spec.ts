import { CASE_STAGES, CASE_OUTCOMES, type CaseStage } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTransition, TRANSITIONS, type CaseFacts, type StageCondition } from '../stage-machine';

const ready: CaseFacts = {
  stage: 'intake',
  openDebtCount: 2,
  consentPurposes: ['debt_negotiation'],
  consentWithdrawn: false,
  everyOpenDebtAgreed: true,
  hasRepaymentPlan: true,
  allPlansCompleted: true,
  documentsComplete: true,
  outcome: 'resolved',
  closingNote: '已結清',
  nothingToDispute: true,
};
const stageArb = fc.constantFrom(...CASE_STAGES);
const factsArb = fc.record({
  stage: stageArb,
  openDebtCount: fc.nat(5),
  consentPurposes: fc.subarray(['debt_negotiation', 'contact_creditors']),
  consentWithdrawn: fc.boolean(),
  everyOpenDebtAgreed: fc.boolean(),
  hasRepaymentPlan: fc.boolean(),
  allPlansCompleted: fc.boolean(),
  documentsComplete: fc.boolean(),
  outcome: fc.option(fc.constantFrom(...CASE_OUTCOMES), { nil: null }),
  closingNote: fc.option(fc.string({ maxLength: 5 }), { nil: null }),
});

describe('the stage machine', () => {
  it('follows the spine forward from intake to closed', () => {
    const spine: CaseStage[] = [
      'intake',
      'documents',
      'creditor_contact',
      'negotiating',
      'agreed',
      'repaying',
      'credit_repair',
      'closed',
    ];
    for (let i = 0; i < spine.length - 1; i++)
      expect(checkTransition(spine[i], spine[i + 1], ready)).toEqual({ allowed: true });
  });

  it('allows the creditor to send a negotiating case back for more papers', () => {
    expect(checkTransition('negotiating', 'documents', ready).allowed).toBe(true);
  });

  it('refuses to leave intake without a debt and consent, naming both', () => {
    const result = checkTransition('intake', 'documents', {
      ...ready,
      openDebtCount: 0,
      consentPurposes: [],
    });
    expect(result).toEqual({
      allowed: false,
      code: 'CONDITIONS_UNMET',
      unmet: ['NEEDS_A_DEBT', 'NEEDS_CONSENT'],
    });
  });

  it('refuses to close without an outcome and a note', () => {
    const result = checkTransition('negotiating', 'closed', { ...ready, outcome: null, closingNote: '  ' });
    expect(result).toEqual({
      allowed: false,
      code: 'CONDITIONS_UNMET',
      unmet: ['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE'],
    });
  });

  it('refuses moves that do not exist and lists the ones that do', () => {
    expect(checkTransition('intake', 'repaying', ready)).toEqual({
      allowed: false,
      code: 'TRANSITION_NOT_ALLOWED',
      allowedMoves: ['documents', 'closed'],
    });
  });

  it('a closed case is final', () => {
    fc.assert(
      fc.property(stageArb, factsArb, (to, facts) => {
        expect(checkTransition('closed', to, facts).allowed).toBe(false);
      }),
    );
  });

  it('every stage is reachable from intake and every open stage can be closed', () => {
    const reached = new Set<CaseStage>(['intake']);
    const queue: CaseStage[] = ['intake'];
    while (queue.length) {
      for (const next of TRANSITIONS[queue.shift() as CaseStage]) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STAGES].sort());
    for (const stage of CASE_STAGES.filter((s) => s !== 'closed'))
      expect(TRANSITIONS[stage]).toContain('closed');
  });

  it('a move is allowed exactly when it exists and every applicable condition holds; extra conditions only take away', () => {
    const blockAgreed: StageCondition = {
      code: 'NEEDS_ACCEPTED_PROPOSAL',
      applies: (_, to) => to === 'agreed',
      holds: (f) => (f as CaseFacts & { acceptedEverywhere?: boolean }).acceptedEverywhere === true,
    };
    fc.assert(
      fc.property(stageArb, stageArb, factsArb, fc.boolean(), (from, to, facts, accepted) => {
        const base = checkTransition(from, to, facts);
        const extended = checkTransition(from, to, { ...facts, acceptedEverywhere: accepted } as CaseFacts, [
          blockAgreed,
        ]);
        if (!TRANSITIONS[from].includes(to)) expect(base.allowed).toBe(false);
        if (extended.allowed) expect(TRANSITIONS[from]).toContain(to);
        if (to === 'agreed' && !accepted) expect(extended.allowed).toBe(false);
        if (!base.allowed && base.code === 'CONDITIONS_UNMET') expect(base.unmet.length).toBeGreaterThan(0);
      }),
    );
  });
});
