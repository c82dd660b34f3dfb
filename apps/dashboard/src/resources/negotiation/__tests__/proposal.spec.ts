import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { monthlyFenOf, planProblemsOf, proposalActions, proposalFromSuggestion } from '../proposal';

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
      interestRateBp: 0,
    });
    expect(
      proposalFromSuggestion('d1', { ...suggestion, kind: 'installments' }, '2026-01-31'),
    ).not.toHaveProperty('interestRateBp');
  });

  it('cost the largest installment each month', () => {
    expect(monthlyFenOf({ totalFen: 1000001, months: 10 })).toBe(100001);
    expect(monthlyFenOf({ totalFen: 500000, months: null })).toBe(500000);
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
