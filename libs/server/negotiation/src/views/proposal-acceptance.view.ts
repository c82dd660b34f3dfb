import type { ScheduledInstallment } from '@accord/domain';
import { Proposal } from '../proposal.entity';

/** An installment of the plan an acceptance created, as scheduled. */
export class ScheduledInstallmentView implements ScheduledInstallment {
  /** @example 1 */
  number!: number;

  /** @example 2026-02-15 */
  dueDate!: string;

  /**
   * What is due: the installment's part of the plan's base and its charge.
   * @example 208334
   */
  amountFen!: number;

  /** The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan). */
  chargeFen!: number;
}

/** The accepted proposal, the repayment plan created from it, and that plan's schedule. */
export class ProposalAcceptance {
  proposal!: Proposal;

  /**
   * The repayment plan created, at /api/repayment-plans/{id}.
   * @example 9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e
   */
  planId!: string;

  installments!: ScheduledInstallmentView[];
}
