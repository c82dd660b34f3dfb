import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { planFiguresOf, planProblemsOf, proposalActions, proposalFromSuggestion } from '../proposal';

describe('proposals', () => {
  it('take a suggestion’s terms, a first due date a month out, and no interest when it is frozen', () => {
    const suggestion = {
      kind: 'interest_freeze' as const,
      months: 12,
      monthlyFen: 100000,
      totalFen: 1200000,
      waivedPenaltyFen: 18000,
      withoutAgreementFen: 1420000,
      savingsFen: 220000,
    };
    expect(proposalFromSuggestion('d1', suggestion, '2026-01-31')).toEqual({
      debtId: 'd1',
      kind: 'interest_freeze',
      totalFen: 1200000,
      months: 12,
      firstDueDate: '2026-02-28',
      graceMonths: 0,
      waivedPenaltyFen: 18000,
      chargeKind: 'none',
      chargeRatePpm: 0,
    });
    expect(
      proposalFromSuggestion('d1', { ...suggestion, kind: 'installments' }, '2026-01-31'),
    ).not.toHaveProperty('chargeKind');
  });

  it('cost the largest installment first, and say what the creditor charges on top', () => {
    expect(planFiguresOf({ totalFen: 1000001, months: 10, graceMonths: 0 })).toEqual({
      firstFen: 100001,
      chargesFen: 0,
      payableFen: 1000001,
    });
    expect(planFiguresOf({ totalFen: 500000, months: null, graceMonths: 0 }).firstFen).toBe(500000);
    // ¥12,000 in 12 at 0.60 % a month: ¥72.00 on each, ¥864.00 in all.
    expect(
      planFiguresOf({
        totalFen: 1200000,
        months: 12,
        graceMonths: 0,
        chargeKind: 'monthly_fee',
        chargeRatePpm: 6000,
      }),
    ).toEqual({ firstFen: 107200, chargesFen: 86400, payableFen: 1286400 });
  });

  it('offer the moves the status allows', () => {
    expect(proposalActions('draft')).toEqual(['edit', 'submit', 'withdrawn']);
    expect(proposalActions('submitted')).toEqual(['accept', 'countered', 'rejected', 'withdrawn']);
    expect(proposalActions('countered')).toEqual(['edit', 'submit', 'accept', 'rejected', 'withdrawn']);
    for (const done of ['accepted', 'rejected', 'withdrawn'] as const)
      expect(proposalActions(done)).toEqual([]);
  });

  it('read which terms a refused acceptance found wrong', () => {
    const refused = new HttpError('bad terms', 422, {
      code: 'PLAN_TERMS_INVALID',
      details: { problems: ['FIRST_DUE_DATE_IN_PAST', 3] },
    });
    expect(planProblemsOf(refused)).toEqual(['FIRST_DUE_DATE_IN_PAST']);
    expect(planProblemsOf(new HttpError('taken', 409, { code: 'DEBT_ALREADY_AGREED' }))).toEqual([]);
    expect(planProblemsOf(undefined)).toEqual([]);
  });
});
