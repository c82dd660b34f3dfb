import { CASE_OUTCOMES, CASE_STAGES, COURT_EVENT_KINDS, type CaseStage } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casePolicy, STAGE_CONDITIONS } from '../index';
import type { PolicyFacts } from '../case-policy/policy';

const { check } = casePolicy;
const TODAY = '2026-03-10';

function facts(stage: CaseStage, more: Partial<PolicyFacts> = {}): PolicyFacts {
  return {
    stage,
    role: 'officer',
    today: TODAY,
    consentPurposes: ['debt_negotiation'],
    consentWithdrawn: false,
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

const negotiating = facts('negotiating');
const allowed = { allowed: true };
const refused = (...reasons: string[]) => ({ allowed: false, reasons });

describe('court matters', () => {
  it("refuses the debtor's own rehabilitation or liquidation outside Taiwan, and allows them in Taiwan", () => {
    for (const matterKind of ['rehabilitation', 'liquidation'] as const) {
      expect(check('court_matter.record', negotiating, { matterKind, market: 'CN' })).toEqual(
        refused('DEBTOR_PROCEDURE_NOT_TAIWAN'),
      );
      expect(check('court_matter.record', negotiating, { matterKind })).toEqual(
        refused('DEBTOR_PROCEDURE_NOT_TAIWAN'),
      );
      expect(check('court_matter.record', negotiating, { matterKind, market: 'TW' })).toEqual(allowed);
    }
  });

  it('records a suit, a payment order, arbitration or mediation brought against the client in either market', () => {
    for (const matterKind of ['lawsuit', 'payment_order', 'arbitration', 'pre_suit_mediation'] as const)
      for (const market of ['CN', 'TW'] as const)
        expect(check('court_matter.record', negotiating, { matterKind, market })).toEqual(allowed);
  });

  it('records court papers from intake on, before any consent, since clients often arrive already sued', () => {
    const intake = facts('intake', { consentPurposes: [] });
    expect(check('court_matter.record', intake, { matterKind: 'lawsuit', market: 'CN' })).toEqual(allowed);
    expect(check('court_event.record', intake, { eventKind: 'summons_received', eventOn: TODAY })).toEqual(
      allowed,
    );
  });
});

describe('court events', () => {
  it('refuses a hearing or mediation dated before the summons, and allows one on the day of the summons or later', () => {
    for (const eventKind of ['hearing', 'mediation'] as const) {
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-01',
          summonsOn: '2026-03-05',
        }),
      ).toEqual(refused('HEARING_BEFORE_SUMMONS'));
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-05',
          summonsOn: '2026-03-05',
        }),
      ).toEqual(allowed);
      // A sitting is usually in the future: that is not a date in the future to refuse.
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-04-20',
          summonsOn: '2026-03-05',
        }),
      ).toEqual(allowed);
    }
  });

  it('refuses a summons received after today, and takes one received today', () => {
    expect(
      check('court_event.record', negotiating, { eventKind: 'summons_received', eventOn: '2026-03-11' }),
    ).toEqual(refused('DATE_IN_FUTURE'));
    expect(
      check('court_event.record', negotiating, { eventKind: 'summons_received', eventOn: TODAY }),
    ).toEqual(allowed);
  });

  it('needs the day a judgment or ruling was served', () => {
    for (const eventKind of ['judgment', 'ruling'] as const) {
      expect(check('court_event.record', negotiating, { eventKind, eventOn: '2026-03-01' })).toEqual(
        refused('SERVICE_DATE_REQUIRED'),
      );
      expect(
        check('court_event.record', negotiating, { eventKind, eventOn: '2026-03-01', servedOn: null }),
      ).toEqual(refused('SERVICE_DATE_REQUIRED'));
    }
  });

  it('refuses a decision served after today, or served before it was given', () => {
    for (const eventKind of ['judgment', 'ruling'] as const) {
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-01',
          servedOn: '2026-03-11',
        }),
      ).toEqual(refused('DATE_IN_FUTURE'));
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-05',
          servedOn: '2026-03-04',
        }),
      ).toEqual(refused('SERVICE_BEFORE_DECISION'));
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-05',
          servedOn: '2026-03-05',
        }),
      ).toEqual(allowed);
      expect(
        check('court_event.record', negotiating, { eventKind, eventOn: '2026-03-05', servedOn: TODAY }),
      ).toEqual(allowed);
    }
  });

  it('refuses an answer or appeal deadline before the service it counts from', () => {
    for (const eventKind of ['answer_deadline', 'appeal_deadline'] as const) {
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-01',
          servedOn: '2026-03-05',
        }),
      ).toEqual(refused('DEADLINE_BEFORE_SERVICE'));
      expect(
        check('court_event.record', negotiating, {
          eventKind,
          eventOn: '2026-03-20',
          servedOn: '2026-03-05',
        }),
      ).toEqual(allowed);
    }
  });

  it('changes a worked-out deadline only with a reason, and needs none for the worked-out day itself', () => {
    const details = {
      eventKind: 'appeal_deadline' as const,
      eventOn: '2026-03-25',
      servedOn: '2026-03-05',
      computedDeadlineOn: '2026-03-20',
    };
    expect(check('court_event.record', negotiating, details)).toEqual(
      refused('DEADLINE_CHANGE_NEEDS_REASON'),
    );
    expect(check('court_event.record', negotiating, { ...details, reason: '   ' })).toEqual(
      refused('DEADLINE_CHANGE_NEEDS_REASON'),
    );
    expect(check('court_event.record', negotiating, { ...details, reason: '法院通知書載明之期日' })).toEqual(
      allowed,
    );
    expect(check('court_event.record', negotiating, { ...details, eventOn: '2026-03-20' })).toEqual(allowed);
  });

  it('gives every reason that holds for one deadline, in a stable order', () => {
    expect(
      check('court_event.record', negotiating, {
        eventKind: 'answer_deadline',
        eventOn: '2026-03-01',
        servedOn: '2026-03-05',
        computedDeadlineOn: '2026-03-20',
        untilOn: '2026-02-28',
      }),
    ).toEqual(refused('DEADLINE_BEFORE_SERVICE', 'DEADLINE_CHANGE_NEEDS_REASON', 'UNTIL_BEFORE_START'));
  });

  it('refuses a limit that ends before it starts, and allows one ending the day it starts', () => {
    for (const eventKind of ['consumption_limit', 'defaulter_list', 'enforcement'] as const) {
      expect(
        check('court_event.record', negotiating, { eventKind, eventOn: '2026-03-01', untilOn: '2026-02-28' }),
      ).toEqual(refused('UNTIL_BEFORE_START'));
      expect(
        check('court_event.record', negotiating, { eventKind, eventOn: '2026-03-01', untilOn: '2026-03-01' }),
      ).toEqual(allowed);
    }
  });

  it('raises HEARING_BEFORE_SUMMONS exactly for a sitting dated before the summons (property)', () => {
    const day = fc
      .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 2, 10) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...COURT_EVENT_KINDS), day, day, (eventKind, eventOn, summonsOn) => {
        const answer = check('court_event.record', negotiating, {
          eventKind,
          eventOn,
          summonsOn,
          servedOn: eventOn,
        });
        const sitting = eventKind === 'hearing' || eventKind === 'mediation';
        const reasons = answer.allowed ? [] : answer.reasons;
        expect(reasons.includes('HEARING_BEFORE_SUMMONS')).toBe(sitting && eventOn < summonsOn);
      }),
    );
  });
});

describe('completing a deadline', () => {
  const open = { eventKind: 'appeal_deadline' as const, deadlineCompleted: false, completedOn: TODAY };

  it('completes an open deadline, dated no later than today', () => {
    expect(check('court_deadline.complete', negotiating, open)).toEqual(allowed);
    expect(check('court_deadline.complete', negotiating, { ...open, reason: '客戶決定不上訴' })).toEqual(
      allowed,
    );
    expect(check('court_deadline.complete', negotiating, { ...open, completedOn: '2026-03-11' })).toEqual(
      refused('DATE_IN_FUTURE'),
    );
  });

  it('refuses what is not a deadline', () => {
    for (const eventKind of ['hearing', 'judgment', 'summons_received'] as const)
      expect(check('court_deadline.complete', negotiating, { ...open, eventKind })).toEqual(
        refused('NOT_A_DEADLINE'),
      );
  });

  it('refuses a deadline already completed', () => {
    expect(check('court_deadline.complete', negotiating, { ...open, deadlineCompleted: true })).toEqual(
      refused('DEADLINE_ALREADY_COMPLETED'),
    );
  });

  it('refuses a blank reason for letting a deadline pass', () => {
    expect(check('court_deadline.complete', negotiating, { ...open, reason: ' ' })).toEqual(
      refused('NEEDS_REASON'),
    );
    expect(check('court_deadline.complete', negotiating, { ...open, reason: '' })).toEqual(
      refused('NEEDS_REASON'),
    );
  });
});

describe("the creditor's demands", () => {
  it('refuses a demand received after today, and takes one received today', () => {
    expect(check('creditor_demand.record', negotiating, { receivedOn: '2026-03-11' })).toEqual(
      refused('DATE_IN_FUTURE'),
    );
    expect(check('creditor_demand.record', negotiating, { receivedOn: TODAY })).toEqual(allowed);
  });

  it('keeps the court papers known after consent is withdrawn, but records no more demands', () => {
    const withdrawn = facts('negotiating', { consentPurposes: [], consentWithdrawn: true });
    expect(check('court_event.record', withdrawn, { eventKind: 'hearing', eventOn: '2026-04-01' })).toEqual(
      allowed,
    );
    expect(check('court_deadline.complete', withdrawn, { eventKind: 'answer_deadline' })).toEqual(allowed);
    expect(check('creditor_demand.record', withdrawn, { receivedOn: TODAY })).toEqual(
      refused('CONSENT_WITHDRAWN'),
    );
  });
});

describe('a closed case', () => {
  it('refuses every court action with CASE_CLOSED alone', () => {
    const closed = facts('closed', { outcome: 'litigated', closingNote: '法院判決', courtMatters: 1 });
    const actions = [
      ['court_matter.record', { matterKind: 'lawsuit', market: 'CN' }],
      ['court_event.record', { eventKind: 'hearing', eventOn: '2026-03-01', summonsOn: '2026-03-05' }],
      ['court_deadline.complete', { eventKind: 'hearing', deadlineCompleted: true }],
      ['creditor_demand.record', { receivedOn: '2026-03-11' }],
    ] as const;
    for (const [action, details] of actions)
      expect(check(action, closed, details)).toEqual(refused('CASE_CLOSED'));
  });
});

describe('closing as litigated', () => {
  const litigated = (courtMatters?: number) =>
    facts('negotiating', { outcome: 'litigated', closingNote: '債權人已起訴，轉由律師處理', courtMatters });

  it('needs a court matter on the case', () => {
    expect(check('case.close', litigated(0))).toEqual(refused('LITIGATED_NEEDS_COURT_MATTER'));
    expect(check('case.close', litigated(undefined))).toEqual(refused('LITIGATED_NEEDS_COURT_MATTER'));
    expect(check('case.transition', litigated(0), { to: 'closed' })).toEqual(
      refused('LITIGATED_NEEDS_COURT_MATTER'),
    );
  });

  it('closes with one court matter recorded', () => {
    expect(check('case.close', litigated(1))).toEqual(allowed);
    expect(check('case.transition', litigated(1), { to: 'closed' })).toEqual(allowed);
  });

  it('asks for no court matter when the case closes with another outcome', () => {
    for (const outcome of CASE_OUTCOMES.filter((o) => o !== 'litigated'))
      expect(
        check('case.close', facts('negotiating', { outcome, closingNote: '結案', courtMatters: 0 })),
      ).toEqual(allowed);
  });

  it('is a condition of closing only, holding exactly when the outcome is not litigated or a court matter exists', () => {
    const condition = STAGE_CONDITIONS.find((c) => c.code === 'LITIGATED_NEEDS_COURT_MATTER');
    if (!condition) throw new Error('the condition is listed');
    for (const from of CASE_STAGES)
      for (const to of CASE_STAGES) expect(condition.applies(from, to)).toBe(to === 'closed');
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...CASE_OUTCOMES),
        fc.option(fc.nat(3), { nil: undefined }),
        (outcome, courtMatters) => {
          expect(condition.holds(facts('negotiating', { outcome, courtMatters }))).toBe(
            outcome !== 'litigated' || (courtMatters ?? 0) > 0,
          );
        },
      ),
    );
  });
});
