import { daysBetween } from './dates';
import type { Fen } from './money';
import type { ScheduledInstallment } from './repayment-schedule';

/**
 * `paid_late`: paid in full, but after its due date (daysLate says by how much). `ended`: left unpaid on a
 * plan that closing the case ended; no longer due, so never late or missed.
 */
export type InstallmentStatus = 'due' | 'paid' | 'paid_late' | 'partially_paid' | 'late' | 'missed' | 'ended';
/** `ended`: the case closed (withdrawn, failed, litigated) before the plan was paid; see endedOn. */
export type PlanStatus = 'on_track' | 'late' | 'defaulted' | 'completed' | 'ended';

export interface PlanRules {
  /** Days after the due date when an unpaid installment stops being late and counts as missed. */
  missedAfterDays: number;
  /** Missed installments after which the plan is defaulted (creditors cancel arrangements around 2–3). */
  defaultAfterMissed: number;
}

export const DEFAULT_PLAN_RULES: PlanRules = { missedAfterDays: 15, defaultAfterMissed: 2 };

/** Part of one payment that went to one installment, and how late that money was for it. */
export interface PaymentAllocation {
  number: number;
  amountFen: Fen;
  paidOn: string;
  /** Days after the installment's due date the money came (0 when on time or early). */
  daysLate: number;
}

export interface InstallmentState extends ScheduledInstallment {
  paidFen: Fen;
  status: InstallmentStatus;
  /** The day the installment was paid in full; null while it is not. */
  paidInFullOn: string | null;
  /** Paid: how late the money that completed it came. Unpaid: days past its due date today (0 if not yet due). */
  daysLate: number;
}

/**
 * Where one payment's money goes, given what the installments already hold. Rule: money always goes to
 * the earliest installment that is not fully paid; what is more than that one still needs rolls forward
 * to the next ones, and what is left after the last installment is credit, reported and never lost. The
 * parts and the credit always sum to the payment.
 */
export function allocatePayment(
  schedule: readonly ScheduledInstallment[],
  alreadyPaidFen: readonly Fen[],
  payment: { amountFen: Fen; paidOn: string },
): { allocations: PaymentAllocation[]; creditFen: Fen } {
  const allocations: PaymentAllocation[] = [];
  let pool = payment.amountFen;
  for (let i = 0; i < schedule.length && pool > 0; i++) {
    const take = Math.min(pool, schedule[i].amountFen - (alreadyPaidFen[i] ?? 0));
    if (take <= 0) continue;
    allocations.push({
      number: schedule[i].number,
      amountFen: take,
      paidOn: payment.paidOn,
      daysLate: Math.max(0, daysBetween(schedule[i].dueDate, payment.paidOn)),
    });
    pool -= take;
  }
  return { allocations, creditFen: pool };
}

/** Every payment allocated in the order it was recorded: what the plan's stored allocations hold. */
export function allocatePayments(
  schedule: readonly ScheduledInstallment[],
  payments: readonly { amountFen: Fen; paidOn: string }[],
): { allocations: PaymentAllocation[]; creditFen: Fen } {
  const paid = schedule.map(() => 0);
  const index = new Map(schedule.map((item, i) => [item.number, i]));
  const all: PaymentAllocation[] = [];
  let creditFen = 0;
  for (const payment of payments) {
    const out = allocatePayment(schedule, paid, payment);
    for (const a of out.allocations) paid[index.get(a.number) as number] += a.amountFen;
    all.push(...out.allocations);
    creditFen += out.creditFen;
  }
  return { allocations: all, creditFen };
}

export function installmentStatus(
  dueDate: string,
  amountFen: Fen,
  paidFen: Fen,
  today: string,
  rules: PlanRules,
  paidInFullOn: string | null = null,
): InstallmentStatus {
  if (paidFen >= amountFen) return paidInFullOn && paidInFullOn > dueDate ? 'paid_late' : 'paid';
  const daysLate = daysBetween(dueDate, today);
  if (daysLate <= 0) return paidFen > 0 ? 'partially_paid' : 'due';
  return daysLate >= rules.missedAfterDays ? 'missed' : 'late';
}

/**
 * Where a plan stands today, from its stored allocations (in the order they were recorded). A plan with
 * `endedOn` was ended by closing its case: what it paid stays paid, and nothing else is due any more, so
 * its unpaid installments read `ended`, whatever their dates.
 */
export function planState(
  schedule: readonly ScheduledInstallment[],
  allocations: readonly PaymentAllocation[],
  today: string,
  rules: PlanRules = DEFAULT_PLAN_RULES,
  endedOn: string | null = null,
  creditFen: Fen = 0,
): { installments: InstallmentState[]; status: PlanStatus; paidFen: Fen; remainingFen: Fen; creditFen: Fen } {
  const installments: InstallmentState[] = schedule.map((item) => {
    let paidFen = 0;
    let paidInFullOn: string | null = null;
    let lateWhenPaid = 0;
    for (const a of allocations) {
      if (a.number !== item.number) continue;
      paidFen += a.amountFen;
      if (paidInFullOn === null && paidFen >= item.amountFen) {
        paidInFullOn = a.paidOn;
        lateWhenPaid = a.daysLate;
      }
    }
    const status =
      endedOn && paidFen < item.amountFen
        ? ('ended' as const)
        : installmentStatus(item.dueDate, item.amountFen, paidFen, today, rules, paidInFullOn);
    const daysLate =
      paidInFullOn !== null
        ? lateWhenPaid
        : status === 'ended'
          ? 0
          : Math.max(0, daysBetween(item.dueDate, today));
    return { ...item, paidFen, status, paidInFullOn, daysLate };
  });
  const total = schedule.reduce((a, b) => a + b.amountFen, 0);
  const paid = installments.reduce((a, b) => a + b.paidFen, 0);
  const missed = installments.filter((i) => i.status === 'missed').length;
  const status: PlanStatus =
    paid >= total
      ? 'completed'
      : endedOn
        ? 'ended'
        : missed >= rules.defaultAfterMissed
          ? 'defaulted'
          : installments.some((i) => i.status === 'late' || i.status === 'missed')
            ? 'late'
            : 'on_track';
  return { installments, status, paidFen: paid, remainingFen: total - paid, creditFen };
}
