import { Proposal } from '../proposal.entity';

/** Every proposal of a case, newest first (not paged: total is their number). */
export class ProposalPage {
  data!: Proposal[];
  total!: number;
}
