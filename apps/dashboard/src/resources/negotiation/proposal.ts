import type { ProposalStatus } from '@accord/contracts';
import {
  addMonthsClamped,
  buildSchedule,
  canAcceptProposal,
  scheduleTotals,
  canMoveProposal,
  termsEditable,
  type Suggestion,
} from '@accord/domain';
import type { Schema } from '../../providers/api';

/** A proposal to a creditor, as `GET /proposals?caseId=` lists it (newest first). */
export type ProposalRecord = Schema<'Proposal'>;

/** `GET /debts/:id/proposal-suggestions`. */
export type SuggestionsAnswer = Schema<'ProposalSuggestions'>;

/**
 * What the proposal form starts with: the API's body for a new proposal (libs/contracts, generated from
 * its document), with the amount still to be typed.
 */
export type ProposalDraft = Omit<Schema<'CreateProposalDto'>, 'totalFen'> & {
  totalFen?: number;
};

/** Where a first due date starts: a month from today, the usual first date of a plan agreed now. */
export const defaultFirstDueDate = (today: string): string => addMonthsClamped(today, 1);

/** A blank proposal for a debt. */
export const blankProposal = (debtId: string, today: string): ProposalDraft => ({
  debtId,
  kind: 'interest_freeze',
  firstDueDate: defaultFirstDueDate(today),
  graceMonths: 0,
  waivedPenaltyFen: 0,
  chargeKind: 'none',
  chargeRatePpm: 0,
});

/**
 * "Use this": a suggested plan as the terms of a new proposal. 停息掛賬 carries no charge; a plain plan's
 * fee or interest is the creditor's to state, so the officer enters it.
 */
export const proposalFromSuggestion = (
  debtId: string,
  suggestion: Suggestion,
  today: string,
): ProposalDraft => ({
  debtId,
  kind: suggestion.kind,
  totalFen: suggestion.totalFen,
  months: suggestion.months,
  firstDueDate: defaultFirstDueDate(today),
  graceMonths: 0,
  waivedPenaltyFen: suggestion.waivedPenaltyFen,
  ...(suggestion.kind === 'interest_freeze' ? { chargeKind: 'none' as const, chargeRatePpm: 0 } : {}),
});

/**
 * The charge as it is sent: none on 停息掛賬 and whenever no kind is chosen (a rate typed, then the kind set
 * back to none, leaves no rate behind), so a hidden input never sends a charge the person cannot see.
 */
export function withChargeSettled<T extends Partial<ProposalDraft>>(values: T): T {
  if (values.kind === 'interest_freeze' || !values.chargeKind || values.chargeKind === 'none')
    return { ...values, chargeKind: 'none', chargeRatePpm: 0 };
  return values;
}

/**
 * What a proposal costs, by the rules the API builds the plan with (libs/domain): the first installment
 * (the largest: it carries the odd fen, and on a yearly rate the most interest), the creditor's charge on
 * the plan in all, and what the client pays in all. Dates play no part in the amounts.
 */
export function planFiguresOf(
  proposal: Pick<ProposalRecord, 'totalFen' | 'months' | 'graceMonths'> &
    Partial<Pick<ProposalRecord, 'chargeKind' | 'chargeRatePpm'>>,
): { firstFen: number; chargesFen: number; payableFen: number } {
  const schedule = buildSchedule({
    totalFen: proposal.totalFen,
    months: Math.max(1, proposal.months ?? 1),
    firstDueDate: '2000-01-31',
    graceMonths: proposal.graceMonths,
    charge: { kind: proposal.chargeKind ?? 'none', ratePpm: proposal.chargeRatePpm ?? 0 },
  });
  const totals = scheduleTotals(schedule);
  return { firstFen: schedule[0].amountFen, chargesFen: totals.chargesFen, payableFen: totals.payableFen };
}

/** The creditor's answers an officer records by changing the status, with the answer in words. */
export const ANSWERS = ['countered', 'rejected', 'withdrawn'] as const;
export type Answer = (typeof ANSWERS)[number];

export type ProposalAction = 'edit' | 'submit' | Answer | 'accept';

/** The buttons a proposal offers, by the same rules the API applies (libs/domain proposal-status). */
export function proposalActions(status: ProposalStatus): ProposalAction[] {
  const actions: ProposalAction[] = [];
  if (termsEditable(status)) actions.push('edit');
  if (canMoveProposal(status, 'submitted')) actions.push('submit');
  if (canAcceptProposal(status)) actions.push('accept');
  for (const answer of ANSWERS) if (canMoveProposal(status, answer)) actions.push(answer);
  return actions;
}

interface ErrorLike {
  body?: { code?: unknown; details?: { problems?: unknown } } | null;
}

/** The terms a refused acceptance found wrong (422 PLAN_TERMS_INVALID), as codes to translate. */
export function planProblemsOf(error: unknown): string[] {
  const body = ((error ?? {}) as ErrorLike).body;
  if (body?.code !== 'PLAN_TERMS_INVALID' || !Array.isArray(body.details?.problems)) return [];
  return body.details.problems.filter((p): p is string => typeof p === 'string');
}
