import type { ProposalStatus } from '@accord/contracts';

/** How a proposal moves as it goes back and forth with the creditor; `accepted` only through acceptance. */
const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['countered', 'rejected', 'withdrawn'],
  countered: ['submitted', 'rejected', 'withdrawn'],
  accepted: [],
  rejected: [],
  withdrawn: [],
};

export function canMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return NEXT[from].includes(to);
}

export const canAcceptProposal = (status: ProposalStatus) => status === 'submitted' || status === 'countered';

/** Terms can change while the proposal is being written or answered by a counter-offer. */
export const termsEditable = (status: ProposalStatus) => status === 'draft' || status === 'countered';
