import {
  CASE_ACTIONS,
  CASE_POLICY_REASONS,
  CASE_STAGES,
  type CaseAction,
  type CaseStage,
  type CasePolicyReason,
} from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_RULES } from '../case-policy/actions';
import { answerAll, check, type PolicyFacts } from '../case-policy/policy';
import { TRANSITIONS } from '../stage-machine';

type Consent = 'negotiation' | 'other_purpose' | 'none' | 'withdrawn';
const CONSENTS: Consent[] = ['negotiation', 'other_purpose', 'none', 'withdrawn'];

function facts(stage: CaseStage, consent: Consent, more: Partial<PolicyFacts> = {}): PolicyFacts {
  return {
    stage,
    role: 'officer',
    today: '2026-03-10',
    consentPurposes:
      consent === 'negotiation'
        ? ['debt_negotiation']
        : consent === 'other_purpose'
          ? ['credit_dispute']
          : [],
    consentWithdrawn: consent === 'withdrawn',
    openDebtCount: 1,
    everyOpenDebtAgreed: true,
    hasRepaymentPlan: true,
    allPlansCompleted: true,
    documentsComplete: true,
    outcome: null,
    closingNote: null,
    nothingToDispute: true,
    ...more,
  };
}

const OPEN = CASE_STAGES.filter((s) => s !== 'closed');
const WITH_CREDITOR: CaseStage[] = ['creditor_contact', 'negotiating', 'agreed', 'repaying', 'credit_repair'];
const PROPOSAL_DRAFT: CaseStage[] = ['creditor_contact', 'negotiating'];
const PAST_INTAKE = OPEN.filter((s) => s !== 'intake');

/**
 * The expected answer, written out independently of ACTION_RULES: the stages each action belongs to,
 * and which consent it needs. Every action × stage × consent state is compared against it.
 */
const EXPECTED: Record<
  Exclude<CaseAction, 'case.transition' | 'case.close' | 'case.reopen'>,
  [
    stages: readonly CaseStage[],
    consent: 'none' | 'beyond_intake' | 'negotiation' | 'credit_dispute',
    afterWithdrawal: boolean,
  ]
> = {
  'case.update': [OPEN, 'beyond_intake', false],
  'case.export': [CASE_STAGES, 'none', true],
  'debt.create': [OPEN, 'beyond_intake', false],
  'debt.update': [OPEN, 'beyond_intake', false],
  'debt.remove': [['intake'], 'none', false],
  'financial_statement.create': [OPEN, 'beyond_intake', false],
  'contact.creditor': [WITH_CREDITOR, 'negotiation', false],
  'contact.client': [OPEN, 'beyond_intake', false],
  'proposal.create': [PROPOSAL_DRAFT, 'negotiation', false],
  'proposal.update': [PROPOSAL_DRAFT, 'negotiation', false],
  'proposal.submit': [['negotiating'], 'negotiation', false],
  'proposal.counter': [['negotiating'], 'negotiation', false],
  'proposal.accept': [['negotiating'], 'negotiation', false],
  'payment.record': [['agreed', 'repaying'], 'beyond_intake', false],
  'payment.proof': [['agreed', 'repaying'], 'beyond_intake', false],
  'document.request': [OPEN, 'beyond_intake', false],
  'document.receive': [OPEN, 'beyond_intake', false],
  'document.verify': [OPEN, 'beyond_intake', false],
  'document.reject': [OPEN, 'beyond_intake', false],
  'document.waive': [OPEN, 'beyond_intake', false],
  'document.upload': [OPEN, 'beyond_intake', false],
  'upload_link.create': [OPEN, 'beyond_intake', false],
  'credit_entry.record': [OPEN, 'beyond_intake', false],
  'credit_dispute.prepare': [PAST_INTAKE, 'credit_dispute', false],
  'credit_dispute.file': [PAST_INTAKE, 'credit_dispute', false],
  'credit_dispute.answer': [PAST_INTAKE, 'none', false],
  'credit_dispute.withdraw': [PAST_INTAKE, 'none', false],
  'credit_record.nothing_to_dispute': [['repaying', 'credit_repair'], 'none', false],
  'court_matter.record': [OPEN, 'beyond_intake', true],
  'court_event.record': [OPEN, 'beyond_intake', true],
  'court_deadline.complete': [OPEN, 'none', true],
  'creditor_demand.record': [OPEN, 'beyond_intake', false],
};

function expected(action: keyof typeof EXPECTED, stage: CaseStage, consent: Consent): CasePolicyReason[] {
  const [stages, need, afterWithdrawal] = EXPECTED[action];
  if (stage === 'closed' && !stages.includes('closed')) return ['CASE_CLOSED'];
  const out: CasePolicyReason[] = [];
  if (!stages.includes(stage)) out.push('WRONG_STAGE');
  if (consent === 'withdrawn') {
    if (!afterWithdrawal) out.push('CONSENT_WITHDRAWN');
  } else if (need === 'negotiation' && consent !== 'negotiation') out.push('CONSENT_MISSING');
  else if (need === 'credit_dispute' && consent !== 'other_purpose') out.push('CONSENT_MISSING');
  else if (need === 'beyond_intake' && consent === 'none' && stage !== 'intake') out.push('CONSENT_MISSING');
  return out;
}

describe('the case policy, action × stage × consent', () => {
  const rows = (Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]).flatMap((action) =>
    CASE_STAGES.flatMap((stage) => CONSENTS.map((consent) => [action, stage, consent] as const)),
  );
  it.each(rows)('%s in %s with consent %s', (action, stage, consent) => {
    const reasons = expected(action, stage, consent);
    const extra =
      action === 'document.waive' || action === 'credit_record.nothing_to_dispute'
        ? { reason: '主管核准' }
        : {};
    expect(check(action, facts(stage, consent), extra)).toEqual(
      reasons.length ? { allowed: false, reasons } : { allowed: true },
    );
  });

  it('every action has a rule, and every reason it can give is declared in contracts', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual([...CASE_ACTIONS].sort());
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_ACTIONS),
        fc.constantFrom(...CASE_STAGES),
        fc.constantFrom(...CONSENTS),
        fc.constantFrom('officer', 'manager', 'admin' as const),
        fc.record({
          openDebtCount: fc.nat(3),
          everyOpenDebtAgreed: fc.boolean(),
          hasRepaymentPlan: fc.boolean(),
          allPlansCompleted: fc.boolean(),
          documentsComplete: fc.boolean(),
          outcome: fc.constantFrom(null, 'resolved', 'withdrawn', 'failed', 'litigated' as const),
          closingNote: fc.constantFrom(null, '', '結案'),
        }),
        fc.constantFrom(...CASE_STAGES),
        (action, stage, consent, role, more, to) => {
          const answer = check(action, facts(stage, consent, { ...more, role }), {
            to,
            months: 70,
            creditorMaxMonths: 60,
            paidOn: '2026-03-11',
            planStartsOn: '2026-01-01',
          });
          if (!answer.allowed) {
            expect(answer.reasons.length).toBeGreaterThan(0);
            for (const r of answer.reasons) expect(CASE_POLICY_REASONS).toContain(r);
            expect(new Set(answer.reasons).size).toBe(answer.reasons.length);
          }
          // A closed case: nothing but reopening (managers) and export.
          if (stage === 'closed' && answer.allowed) expect(['case.export', 'case.reopen']).toContain(action);
          // Withdrawn consent stops everything but closing and export (and reopening, which is no work),
          // and keeping the court's papers and deadlines known.
          if (consent === 'withdrawn' && answer.allowed)
            expect([
              'case.close',
              'case.export',
              'case.reopen',
              'case.transition',
              'court_matter.record',
              'court_event.record',
              'court_deadline.complete',
            ]).toContain(action);
        },
      ),
    );
  });

  it('answers every action at once for the dashboard', () => {
    const all = answerAll(facts('negotiating', 'negotiation'));
    expect(Object.keys(all).sort()).toEqual([...CASE_ACTIONS].sort());
    expect(all['proposal.accept']).toEqual({ allowed: true });
    expect(all['payment.record']).toEqual({ allowed: false, reasons: ['WRONG_STAGE'] });
  });
});

describe('moves and closing', () => {
  it('a move is allowed only if the machine has it, and withdrawn consent allows only closing', () => {
    for (const from of OPEN)
      for (const to of CASE_STAGES)
        for (const consent of CONSENTS) {
          const answer = check(
            'case.transition',
            facts(from, consent, { outcome: 'failed', closingNote: '無法聯繫' }),
            { to, reason: '債權人要求補件' },
          );
          const exists = TRANSITIONS[from].includes(to);
          const towardsCreditor = to === 'creditor_contact' || to === 'negotiating';
          const consentOk =
            consent === 'withdrawn'
              ? to === 'closed'
              : (from !== 'intake' || to === 'closed' || consent !== 'none') &&
                (!towardsCreditor || consent === 'negotiation');
          expect(answer.allowed).toBe(exists && consentOk);
          if (!exists && answer.allowed === false) expect(answer.reasons).toContain('TRANSITION_NOT_ALLOWED');
        }
  });

  it('leaving intake names each unmet condition', () => {
    expect(
      check('case.transition', facts('intake', 'none', { openDebtCount: 0 }), { to: 'documents' }),
    ).toEqual({
      allowed: false,
      reasons: ['NEEDS_A_DEBT', 'NEEDS_CONSENT'],
    });
  });

  it('closing needs an outcome and a note; as resolved every plan completed or a manager with a reason', () => {
    expect(check('case.close', facts('repaying', 'negotiation'))).toEqual({
      allowed: false,
      reasons: ['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE'],
    });
    const open = { outcome: 'resolved' as const, closingNote: '結清', allPlansCompleted: false };
    expect(check('case.close', facts('repaying', 'negotiation', open))).toEqual({
      allowed: false,
      reasons: ['PLANS_NOT_COMPLETED'],
    });
    expect(
      check(
        'case.close',
        facts('repaying', 'negotiation', { ...open, approval: { role: 'officer', reason: '一次結清' } }),
      ),
    ).toEqual({ allowed: false, reasons: ['PLANS_NOT_COMPLETED', 'APPROVAL_NEEDS_MANAGER'] });
    expect(
      check(
        'case.close',
        facts('repaying', 'negotiation', { ...open, approval: { role: 'manager', reason: ' ' } }),
      ),
    ).toEqual({ allowed: false, reasons: ['PLANS_NOT_COMPLETED', 'APPROVAL_NEEDS_REASON'] });
    expect(
      check(
        'case.close',
        facts('repaying', 'negotiation', { ...open, approval: { role: 'manager', reason: '一次結清' } }),
      ),
    ).toEqual({ allowed: true });
    // Closing as withdrawn with plans still running is what that outcome is for.
    expect(check('case.close', facts('repaying', 'withdrawn', { ...open, outcome: 'withdrawn' }))).toEqual({
      allowed: true,
    });
  });

  it('a forward move needs no reason; a move back does, and closing gives its note as the reason', () => {
    const f = facts('negotiating', 'negotiation', { outcome: 'failed', closingNote: '無法聯繫' });
    expect(check('case.transition', f, { to: 'agreed' })).toEqual({ allowed: true });
    expect(check('case.transition', f, { to: 'documents' })).toEqual({
      allowed: false,
      reasons: ['NEEDS_MOVE_REASON'],
    });
    expect(check('case.transition', f, { to: 'documents', reason: '  ' })).toEqual({
      allowed: false,
      reasons: ['NEEDS_MOVE_REASON'],
    });
    expect(check('case.transition', f, { to: 'documents', reason: '債權人要求收入證明' })).toEqual({
      allowed: true,
    });
    expect(check('case.close', f)).toEqual({ allowed: true });
  });

  it('the creditors are approached only with consent to negotiate', () => {
    expect(check('case.transition', facts('documents', 'other_purpose'), { to: 'creditor_contact' })).toEqual(
      {
        allowed: false,
        reasons: ['NEEDS_NEGOTIATION_CONSENT'],
      },
    );
    expect(check('case.transition', facts('documents', 'negotiation'), { to: 'creditor_contact' })).toEqual({
      allowed: true,
    });
  });

  it("with the firm's setting, an officer's close waits for a manager", () => {
    const f = (role: 'officer' | 'manager' | 'admin', officerClosesNeedManager: boolean) =>
      facts('negotiating', 'negotiation', {
        role,
        outcome: 'failed',
        closingNote: '無法聯繫',
        officerClosesNeedManager,
      });
    expect(check('case.close', f('officer', true))).toEqual({
      allowed: false,
      reasons: ['CLOSE_NEEDS_MANAGER'],
    });
    expect(check('case.transition', f('officer', true), { to: 'closed' })).toEqual({
      allowed: false,
      reasons: ['CLOSE_NEEDS_MANAGER'],
    });
    expect(check('case.close', f('officer', false))).toEqual({ allowed: true });
    expect(check('case.close', f('manager', true))).toEqual({ allowed: true });
    expect(check('case.close', f('admin', true))).toEqual({ allowed: true });
  });

  it('only managers reopen, and only a closed case', () => {
    expect(check('case.reopen', facts('closed', 'negotiation'))).toEqual({
      allowed: false,
      reasons: ['MANAGER_ONLY'],
    });
    expect(check('case.reopen', facts('closed', 'negotiation', { role: 'manager' }))).toEqual({
      allowed: true,
    });
    expect(check('case.reopen', facts('agreed', 'negotiation', { role: 'admin' }))).toEqual({
      allowed: false,
      reasons: ['CASE_NOT_CLOSED'],
    });
  });
});

describe('creditor limits, dates and evidence', () => {
  const negotiating = facts('negotiating', 'negotiation');
  it('a plan longer than the creditor allows needs a manager with a reason', () => {
    expect(check('proposal.create', negotiating, { months: 14, creditorMaxMonths: 12 })).toEqual({
      allowed: false,
      reasons: ['EXCEEDS_CREDITOR_LIMIT'],
    });
    expect(check('proposal.accept', negotiating, { months: 12, creditorMaxMonths: 12 })).toEqual({
      allowed: true,
    });
    expect(check('proposal.accept', negotiating, { months: 120, creditorMaxMonths: null })).toEqual({
      allowed: true,
    });
    expect(
      check('proposal.create', negotiating, {
        months: 14,
        creditorMaxMonths: 12,
        limitApproval: { role: 'officer', reason: '客戶重病' },
      }),
    ).toEqual({ allowed: false, reasons: ['EXCEEDS_CREDITOR_LIMIT', 'APPROVAL_NEEDS_MANAGER'] });
    expect(
      check('proposal.create', negotiating, {
        months: 14,
        creditorMaxMonths: 12,
        limitApproval: { role: 'manager', reason: '客戶重病' },
      }),
    ).toEqual({ allowed: true });
  });

  it('is allowed exactly when months fit the limit or a manager gave a reason (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 1, max: 120 }),
        fc.option(
          fc.record({
            role: fc.constantFrom('officer', 'manager', 'admin' as const),
            reason: fc.constantFrom(null, '', '理由'),
          }),
          { nil: null },
        ),
        (months, limit, approval) => {
          const answer = check('proposal.submit', negotiating, {
            months,
            creditorMaxMonths: limit,
            limitApproval: approval,
          });
          const approved = !!approval && approval.role !== 'officer' && approval.reason === '理由';
          expect(answer.allowed).toBe(months <= limit || approved);
        },
      ),
    );
  });

  it('payments fall between the plan start and today; overdue dates are not in the future', () => {
    const agreed = facts('agreed', 'negotiation');
    expect(check('payment.record', agreed, { paidOn: '2026-01-01', planStartsOn: '2026-02-01' })).toEqual({
      allowed: false,
      reasons: ['PAYMENT_BEFORE_PLAN_START'],
    });
    expect(check('payment.record', agreed, { paidOn: '2026-03-11', planStartsOn: '2026-02-01' })).toEqual({
      allowed: false,
      reasons: ['PAYMENT_IN_FUTURE'],
    });
    expect(check('payment.record', agreed, { paidOn: '2026-03-10', planStartsOn: '2026-02-01' })).toEqual({
      allowed: true,
    });
    expect(check('debt.create', agreed, { overdueSince: '2026-03-11' })).toEqual({
      allowed: false,
      reasons: ['OVERDUE_DATE_IN_FUTURE'],
    });
  });

  it('a contract is signed on or before today (its date picks the LPR the 4 × line is read against)', () => {
    const agreed = facts('agreed', 'negotiation');
    for (const action of ['debt.create', 'debt.update'] as const) {
      expect(check(action, agreed, { contractDate: '2026-03-11' })).toEqual({
        allowed: false,
        reasons: ['CONTRACT_DATE_IN_FUTURE'],
      });
      expect(check(action, agreed, { contractDate: '2026-03-10' })).toEqual({ allowed: true });
      expect(check(action, agreed, { contractDate: null })).toEqual({ allowed: true });
    }
  });

  it('principal above what is outstanding needs a stated explanation', () => {
    const amounts = { principalFen: 5_000_000, outstandingFen: 4_000_000 };
    for (const action of ['debt.create', 'debt.update'] as const) {
      expect(check(action, negotiating, amounts)).toEqual({
        allowed: false,
        reasons: ['PRINCIPAL_EXCEEDS_OUTSTANDING'],
      });
      expect(check(action, negotiating, { ...amounts, principalNote: '已還部分本金' })).toEqual({
        allowed: true,
      });
      expect(check(action, negotiating, { principalFen: 4_000_000, outstandingFen: 4_000_000 })).toEqual({
        allowed: true,
      });
    }
  });

  it('a debt is removed only at intake; later it is excluded with a reason', () => {
    expect(check('debt.remove', facts('intake', 'none'))).toEqual({ allowed: true });
    expect(check('debt.remove', negotiating)).toEqual({ allowed: false, reasons: ['WRONG_STAGE'] });
  });

  it('a document is verified only with a file, waived only with a reason', () => {
    const docs = facts('documents', 'negotiation');
    expect(check('document.verify', docs, { hasFile: false })).toEqual({
      allowed: false,
      reasons: ['VERIFY_NEEDS_FILE'],
    });
    expect(check('document.verify', docs, { hasFile: true })).toEqual({ allowed: true });
    expect(check('document.waive', docs, { reason: '' })).toEqual({
      allowed: false,
      reasons: ['WAIVE_NEEDS_REASON'],
    });
  });
});

describe('the credit record', () => {
  const disputing = (more: Partial<PolicyFacts> = {}) => facts('credit_repair', 'other_purpose', more);

  it('ends its stage only with every dispute answered or withdrawn, and something disputed or said to be right', () => {
    const closing = { outcome: 'resolved' as const, closingNote: '結清' };
    expect(check('case.close', disputing({ ...closing, openCreditDisputes: 1, creditDisputes: 2 }))).toEqual({
      allowed: false,
      reasons: ['CREDIT_DISPUTES_OPEN'],
    });
    expect(
      check('case.close', disputing({ ...closing, creditDisputes: 0, nothingToDispute: false })),
    ).toEqual({
      allowed: false,
      reasons: ['CREDIT_RECORD_NOT_REVIEWED'],
    });
    expect(
      check(
        'case.close',
        disputing({ ...closing, openCreditDisputes: 0, creditDisputes: 1, nothingToDispute: false }),
      ),
    ).toEqual({ allowed: true });
  });

  it('files a dispute only with the consent for it, with evidence, dated no later than today', () => {
    expect(
      check('credit_dispute.file', facts('repaying', 'negotiation'), {
        disputeStatus: 'draft',
        evidenceCount: 1,
      }),
    ).toEqual({ allowed: false, reasons: ['CONSENT_MISSING'] });
    expect(
      check('credit_dispute.file', disputing(), {
        disputeStatus: 'draft',
        evidenceCount: 0,
        filedOn: '2026-03-11',
      }),
    ).toEqual({ allowed: false, reasons: ['DISPUTE_NEEDS_EVIDENCE', 'DATE_IN_FUTURE'] });
    expect(check('credit_dispute.file', disputing(), { disputeStatus: 'filed', evidenceCount: 1 })).toEqual({
      allowed: false,
      reasons: ['DISPUTE_ALREADY_FILED'],
    });
  });

  it('takes an answer only after the filing, dated between the filing and today', () => {
    expect(check('credit_dispute.answer', disputing(), { disputeStatus: 'draft' })).toEqual({
      allowed: false,
      reasons: ['DISPUTE_NOT_FILED'],
    });
    expect(
      check('credit_dispute.answer', disputing(), {
        disputeStatus: 'filed',
        filedOn: '2026-03-01',
        answeredOn: '2026-02-28',
      }),
    ).toEqual({ allowed: false, reasons: ['ANSWER_BEFORE_FILING'] });
    expect(
      check('credit_dispute.answer', disputing(), {
        disputeStatus: 'answered',
        filedOn: '2026-03-01',
        answeredOn: '2026-03-05',
      }),
    ).toEqual({ allowed: false, reasons: ['DISPUTE_ALREADY_CLOSED'] });
    expect(
      check('credit_dispute.answer', disputing(), {
        disputeStatus: 'filed',
        filedOn: '2026-03-01',
        answeredOn: '2026-03-10',
      }),
    ).toEqual({ allowed: true });
  });

  it('hears "nothing to dispute" with a reason, and not once a dispute was begun', () => {
    expect(check('credit_record.nothing_to_dispute', disputing(), { reason: ' ' })).toEqual({
      allowed: false,
      reasons: ['NEEDS_REASON'],
    });
    expect(
      check('credit_record.nothing_to_dispute', disputing({ creditDisputes: 1 }), { reason: '均屬實' }),
    ).toEqual({
      allowed: false,
      reasons: ['DISPUTES_EXIST'],
    });
    expect(
      check('credit_record.nothing_to_dispute', facts('repaying', 'none'), { reason: '均屬實' }),
    ).toEqual({
      allowed: true,
    });
  });
});
