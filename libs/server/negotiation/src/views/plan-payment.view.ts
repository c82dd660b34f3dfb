import type { PayeeKind, PaymentMethod } from '@accord/contracts';

/** Part of a payment that went to one installment, and how late that money came for it. */
export class PlanPaymentAllocation {
  installmentId!: string;

  /** The installment's number in the plan. */
  number!: number;

  /** @example 208334 */
  amountFen!: number;

  /** Days after the installment's due date the money came (0 when on time or early). */
  daysLate!: number;
}

/** A receipt or screenshot attached to a payment (its bytes at /api/payment-proofs/{id}/content). */
export class PlanPaymentProof {
  id!: string;

  /** @example 轉帳截圖.png */
  originalName!: string;

  /** @example image/png */
  mediaType!: string;

  sizeBytes!: number;
}

/** A payment recorded against a plan, and where its money went. */
export class PlanPayment {
  id!: string;

  /** The installment it was recorded against; where the money went is its allocations. */
  installmentId!: string;

  /** @example 208334 */
  amountFen!: number;

  /** @example 2026-02-14 */
  paidOn!: string;

  method!: PaymentMethod;

  /** The bank's or app's reference of the transfer, when given. */
  reference!: string | null;

  /** Who received the money: the creditor's account or app, someone else, or not recorded. */
  payeeKind!: PayeeKind;

  payeeName!: string | null;

  payeeAccount!: string | null;

  /** What was left after the plan's last installment: kept as credit, never lost. */
  creditFen!: number;

  /** When the payment was recorded (not when it was paid: paidOn). */
  recordedAt!: Date;

  allocations!: PlanPaymentAllocation[];

  proofs!: PlanPaymentProof[];
}
