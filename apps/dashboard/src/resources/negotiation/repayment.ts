import type { Schema } from '../../providers/api';

/** An installment where it stands today: what it asks, what was paid towards it, how late. */
export type InstallmentState = Schema<'InstallmentStateView'>;

/** A payment recorded on a plan: who received it, where its money went, and the proofs sent with it. */
export type PaymentRecord = Schema<'PlanPayment'>;

/** A proof (a receipt, a transfer screenshot) sent with a payment. */
export type ProofRecord = Schema<'PlanPaymentProof'>;

/**
 * A plan as `GET /repayment-plans/:id` and the case's list `GET /cases/:id/repayment-plans` answer it:
 * where it stands today, with its installments and payments.
 */
export type PlanState = Schema<'RepaymentPlanView'>;

/** `GET /cases/:id/savings`: per plan and per currency, the claim on the day of agreement against the plan. */
export type SavingsAnswer = Schema<'CaseSavings'>;

/** The body of `POST /installments/:id/payments`. */
export type PaymentBody = Schema<'RecordPaymentDto'>;

/** What an installment still needs. */
export const owedFen = (installment: Pick<InstallmentState, 'amountFen' | 'paidFen'>): number =>
  Math.max(0, installment.amountFen - installment.paidFen);

/**
 * The installment a payment goes to: the earliest one not fully paid, which is where the API puts money
 * first anyway. None once the plan is paid.
 */
export function nextUnpaid<T extends Pick<InstallmentState, 'number' | 'amountFen' | 'paidFen'>>(
  installments: readonly T[],
): T | null {
  return [...installments].sort((a, b) => a.number - b.number).find((i) => owedFen(i) > 0) ?? null;
}

/**
 * The payment a recording added: the plan the API answers lists one payment the plan read before did not.
 * Null when it cannot tell.
 */
export function recordedPayment(
  before: Pick<PlanState, 'payments'>,
  after: Pick<PlanState, 'payments'>,
): PaymentRecord | null {
  const known = new Set(before.payments.map((p) => p.id));
  const added = after.payments.filter((p) => !known.has(p.id));
  return added.length === 1 ? added[0] : null;
}

/** Newest first, as a list of what happened reads. */
export const paymentsNewestFirst = (payments: readonly PaymentRecord[]): PaymentRecord[] =>
  [...payments].sort((a, b) => b.paidOn.localeCompare(a.paidOn) || b.recordedAt.localeCompare(a.recordedAt));
