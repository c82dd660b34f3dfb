import type { CaseOutcome, Currency, PlanChargeKind } from '@accord/contracts';
import type { InstallmentState, InstallmentStatus, PlanStatus } from '@accord/domain';
import { PlanPayment } from './plan-payment.view';

/** An installment of a plan and where it stands today. */
export class InstallmentStateView implements InstallmentState {
  /** The installment's id (payments are recorded against it). */
  id!: string;

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
  chargeFen?: number;

  paidFen!: number;

  /**
   * paid_late: paid in full after its due date (daysLate says by how much); ended: left unpaid on a plan
   * that closing the case ended, so no longer due.
   */
  status!: InstallmentStatus;

  /** The day it was paid in full; null while it is not. */
  paidInFullOn!: string | null;

  /** Paid: how late the money that completed it came. Unpaid: days past its due date today (0 if not yet due). */
  daysLate!: number;
}

/** A repayment plan with its schedule, payments and status as of today. */
export class RepaymentPlanView {
  /** @example 9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e */
  id!: string;

  caseId!: string;

  debtId!: string;

  /** The accepted proposal it was created from. */
  proposalId!: string;

  /**
   * What the client pays in all: the base and the creditor's charges on it.
   * @example 5000000
   */
  totalFen!: number;

  /** What went into the plan: the agreed amount. */
  baseFen!: number;

  /** The creditor's fee or interest on the plan (0 on 停息掛賬). */
  chargesFen!: number;

  chargeKind!: PlanChargeKind;

  /** ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate). */
  chargeRatePpm!: number;

  waivedPenaltyFen!: number;

  /** @example 24 */
  months!: number;

  /** The first due date as agreed, before any grace months. */
  firstDueDate!: string;

  /** Months with nothing to pay before the first installment. */
  graceMonths!: number;

  /** The debt's currency: every amount of the plan is in it. */
  currency!: Currency;

  /** Set when closing the case ended the plan unpaid. */
  endedOn!: string | null;

  /** The case's outcome when closing it ended the plan. */
  endedOutcome!: CaseOutcome | null;

  /** ended: the case closed before the plan was paid; see endedOn. */
  status!: PlanStatus;

  paidFen!: number;

  remainingFen!: number;

  /** Paid beyond the plan's last installment. */
  creditFen!: number;

  installments!: InstallmentStateView[];

  payments!: PlanPayment[];
}

/** Every plan of a case (not paged: total is their number). */
export class RepaymentPlanPage {
  data!: RepaymentPlanView[];
  total!: number;
}
