import type { PolicyFacts } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { stepsDone } from '../StageStepper';
import { answerMove, type MoveInput } from '../move-answer';

const facts = (more: Partial<PolicyFacts> = {}): PolicyFacts => ({
  stage: 'negotiating',
  role: 'officer',
  today: '2028-02-29',
  consentPurposes: ['debt_negotiation'],
  consentWithdrawn: false,
  openDebtCount: 2,
  everyOpenDebtAgreed: false,
  hasRepaymentPlan: false,
  allPlansCompleted: false,
  documentsComplete: true,
  outcome: null,
  closingNote: null,
  ...more,
});
const blank: MoveInput = { reason: '', outcome: '', closingNote: '', approvalReason: '' };

describe('the move dialog asks the case policy as the person types', () => {
  it('lists what the case lacks apart from what the form lacks', () => {
    expect(answerMove(facts(), 'agreed', blank)).toEqual({
      allowed: false,
      caseReasons: ['PROPOSALS_NOT_ACCEPTED'],
      formReasons: [],
      asksApproval: false,
    });
    expect(answerMove(facts({ everyOpenDebtAgreed: true }), 'agreed', blank).allowed).toBe(true);
  });

  it('a move back waits for its reason; a forward move never does', () => {
    expect(answerMove(facts(), 'documents', blank).formReasons).toEqual(['NEEDS_MOVE_REASON']);
    expect(answerMove(facts(), 'documents', { ...blank, reason: '補件' }).allowed).toBe(true);
  });

  it('closing waits for outcome and note; a manager closing as resolved with a plan unpaid gives a reason', () => {
    expect(answerMove(facts(), 'closed', blank).formReasons).toEqual(['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE']);
    const resolved = { ...blank, outcome: 'resolved' as const, closingNote: '一次結清' };
    expect(answerMove(facts(), 'closed', resolved)).toMatchObject({
      allowed: false,
      caseReasons: ['PLANS_NOT_COMPLETED'],
      asksApproval: false,
    });
    const manager = facts({ role: 'manager' });
    expect(answerMove(manager, 'closed', resolved)).toMatchObject({
      allowed: false,
      caseReasons: [],
      asksApproval: true,
    });
    expect(answerMove(manager, 'closed', { ...resolved, approvalReason: '債權人出具結清證明' }).allowed).toBe(
      true,
    );
    expect(answerMove(facts(), 'closed', { ...resolved, outcome: 'withdrawn' }).allowed).toBe(true);
  });

  it("the firm's setting sends an officer's close to a manager", () => {
    const close = { ...blank, outcome: 'failed' as const, closingNote: '失聯' };
    expect(answerMove(facts({ officerClosesNeedManager: true }), 'closed', close).caseReasons).toEqual([
      'CLOSE_NEEDS_MANAGER',
    ]);
  });
});

describe('the stepper', () => {
  it('ticks the steps before the stage, and for a closed case only those before where it closed', () => {
    expect([...stepsDone('negotiating', null)]).toEqual(['intake', 'documents', 'creditor_contact']);
    expect([...stepsDone('closed', 'documents')]).toEqual(['intake', 'closed']);
    expect([...stepsDone('closed', 'repaying')]).not.toContain('credit_repair');
    expect([...stepsDone('closed', 'credit_repair')]).toContain('repaying');
    expect([...stepsDone('closed', null)]).toEqual(['closed']);
  });
});
