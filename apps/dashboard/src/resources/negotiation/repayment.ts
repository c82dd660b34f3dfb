import type { InstallmentStatus, PlanStatus } from '@accord/domain';
import type { Api, CaseOutcome, Currency, PayeeKind, PaymentMethod, PlanChargeKind } from '@accord/contracts';

export interface InstallmentState {
  id: string;
  number: number;
  dueDate: string;
  amountFen: number;
  /** The part of amountFen that is the creditor's fee or interest. */
  chargeFen?: number;
  paidFen: number;
  status: InstallmentStatus;
  /** The day it was paid in full (null while not). */
  paidInFullOn?: string | null;
  /** Paid: how late the money completing it came. Unpaid: days past its due date today. */
  daysLate?: number;
}

/** Part of a payment that went to one installment, and how late it came for it. */
export interface PaymentAllocation {
  installmentId: string;
  number: number;
  amountFen: number;
  daysLate: number;
}

export interface ProofRecord {
  id: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface PaymentRecord {
  id: string;
  installmentId: string;
  amountFen: number;
  paidOn: string;
  method: PaymentMethod;
  reference: string | null;
  /** Who received the money; `unrecorded` on payments recorded before the payee was asked. */
  payeeKind?: PayeeKind;
  payeeName?: string | null;
  payeeAccount?: string | null;
  /** What went beyond the last installment. */
  creditFen?: number;
  /** Where its money went; absent from builds of the API before allocations were stored. */
  allocations?: PaymentAllocation[];
  recordedAt: string;
  proofs: ProofRecord[];
}

/**
 * A plan as `GET /repayment-plans/:id` and the case's list `GET /cases/:id/repayment-plans` answer it:
 * where it stands today. Builds of the API before payment proofs answer without `payments`.
 */
export interface PlanState {
  id: string;
  caseId: string;
  debtId: string;
  /** What the client pays in all: the base and the creditor's charges. */
  totalFen: number;
  /** What went into the plan, and the creditor's fee or interest on it (builds before it answer without). */
  baseFen?: number;
  chargesFen?: number;
  chargeKind?: PlanChargeKind;
  chargeRatePpm?: number;
  waivedPenaltyFen?: number;
  months: number;
  /** The plan's debt's currency (builds before it answer without: the case's debt then says it). */
  currency?: Currency;
  /** When closing the case ended the plan unpaid, and the case's outcome then; null while it runs. */
  endedOn?: string | null;
  endedOutcome?: CaseOutcome | null;
  status: PlanStatus;
  paidFen: number;
  remainingFen: number;
  /** Paid beyond the last installment. */
  creditFen: number;
  installments: InstallmentState[];
  payments?: PaymentRecord[];
}

/** Savings in one currency: the creditor's claim on the day of agreement against the plan. */
export interface SavingsFigures {
  currency: Currency;
  withoutAgreementFen: number;
  planTotalFen: number;
  savingsFen: number;
}

/** `GET /cases/:id/savings`: per plan and per currency, the claim on the day of agreement against the plan. */
export interface SavingsAnswer {
  plans: (SavingsFigures & { planId: string })[];
  totals: SavingsFigures[];
}

/** The body of `POST /installments/:id/payments`, as the API's document states it (libs/contracts). */
export type PaymentBody = Api.components['schemas']['RecordPaymentDto'];

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

/** Whether this build of the API lists payments with their proofs (and so takes proof uploads). */
export const listsPayments = (plan: Pick<PlanState, 'payments'>): boolean => Array.isArray(plan.payments);

/**
 * The payment a recording added: the plan the API answers lists one payment the plan read before did not.
 * Null when the API does not list payments (an older build), or cannot tell.
 */
export function recordedPayment(
  before: Pick<PlanState, 'payments'>,
  after: Pick<PlanState, 'payments'>,
): PaymentRecord | null {
  if (!after.payments) return null;
  const known = new Set((before.payments ?? []).map((p) => p.id));
  const added = after.payments.filter((p) => !known.has(p.id));
  return added.length === 1 ? added[0] : null;
}

/** Newest first, as a list of what happened reads. */
export const paymentsNewestFirst = (payments: readonly PaymentRecord[]): PaymentRecord[] =>
  [...payments].sort((a, b) => b.paidOn.localeCompare(a.paidOn) || b.recordedAt.localeCompare(a.recordedAt));
