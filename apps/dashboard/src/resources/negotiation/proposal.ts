import type { Currency, ProposalKind, ProposalStatus } from '@accord/contracts';
import {
  addMonthsClamped,
  canAcceptProposal,
  canMoveProposal,
  termsEditable,
  type Suggestion,
} from '@accord/domain';

/** A proposal to a creditor, as `GET /proposals?caseId=` lists it (newest first). */
export interface ProposalRecord {
  id: string;
  caseId: string;
  debtId: string;
  kind: ProposalKind;
  status: ProposalStatus;
  totalFen: number;
  months: number | null;
  firstDueDate: string | null;
  graceMonths: number;
  waivedPenaltyFen: number;
  interestRateBp: number | null;
  creditorAnswer: string | null;
  contactIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `GET /debts/:id/proposal-suggestions`. */
export interface SuggestionsAnswer {
  debtId: string;
  /** This debt's share of what the client can pay each month. */
  capacityFen: number;
  hasFinancialStatement: boolean;
  /** The current statement's currency: a debt in another one has no capacity from it (and no suggestions). */
  statementCurrency: Currency | null;
  creditorMaxMonths: number | null;
  suggestions: Suggestion[];
}

/** What the proposal form starts with. */
export interface ProposalDraft {
  debtId: string;
  kind: ProposalKind;
  totalFen?: number;
  months?: number;
  firstDueDate?: string;
  graceMonths?: number;
  waivedPenaltyFen?: number;
  interestRateBp?: number;
  contactIds?: string[];
}

/** Where a first due date starts: a month from today, the usual first date of a plan agreed now. */
export const defaultFirstDueDate = (today: string): string => addMonthsClamped(today, 1);

/** A blank proposal for a debt. */
export const blankProposal = (debtId: string, today: string): ProposalDraft => ({
  debtId,
  kind: 'interest_freeze',
  firstDueDate: defaultFirstDueDate(today),
  graceMonths: 0,
  waivedPenaltyFen: 0,
});

/** "Use this": a suggested plan as the terms of a new proposal. 停息掛賬 freezes interest, so its rate is 0. */
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
  ...(suggestion.kind === 'interest_freeze' ? { interestRateBp: 0 } : {}),
});

/** What a proposal costs each month: the first installments carry the odd fen, so they are the largest. */
export const monthlyFenOf = (proposal: Pick<ProposalRecord, 'totalFen' | 'months'>): number =>
  Math.ceil(proposal.totalFen / Math.max(1, proposal.months ?? 1));

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
