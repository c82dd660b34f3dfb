import { daysBetween } from './dates';
import type { Fen } from './money';
import type { ScheduledInstallment } from './repayment-schedule';

/** `ended`: left unpaid on a plan that closing the case ended; no longer due, so never late or missed. */
export type InstallmentStatus = 'due' | 'paid' | 'partially_paid' | 'late' | 'missed' | 'ended';
/** `ended`: the case closed (withdrawn, failed, litigated) before the plan was paid; see endedOn. */
export type PlanStatus = 'on_track' | 'late' | 'defaulted' | 'completed' | 'ended';

export interface PlanRules {
  /** Days after the due date when an unpaid installment stops being late and counts as missed. */
  missedAfterDays: number;
  /** Missed installments after which the plan is defaulted (creditors cancel arrangements around 2–3). */
  defaultAfterMissed: number;
}

export const DEFAULT_PLAN_RULES: PlanRules = { missedAfterDays: 15, defaultAfterMissed: 2 };

export interface InstallmentState extends ScheduledInstallment {
  paidFen: Fen;
  status: InstallmentStatus;
}

/**
 * Applies payments to the installments in due-date order. Rule: money always goes to the earliest
 * installment that is not fully paid; a payment larger than what that one still needs rolls forward to
 * the next ones, and what is left after the last installment is reported as credit, never lost.
 */
export function allocatePayments(
  schedule: readonly ScheduledInstallment[],
  paymentsFen: readonly Fen[],
): { paidFen: Fen[]; creditFen: Fen } {
  const paid = schedule.map(() => 0);
  let pool = paymentsFen.reduce((a, b) => a + b, 0);
  for (let i = 0; i < schedule.length && pool > 0; i++) {
    const take = Math.min(pool, schedule[i].amountFen);
    paid[i] = take;
    pool -= take;
  }
  return { paidFen: paid, creditFen: pool };
}

export function installmentStatus(
  dueDate: string,
  amountFen: Fen,
  paidFen: Fen,
  today: string,
  rules: PlanRules,
): InstallmentStatus {
  if (paidFen >= amountFen) return 'paid';
  const daysLate = daysBetween(dueDate, today);
  if (daysLate <= 0) return paidFen > 0 ? 'partially_paid' : 'due';
  return daysLate >= rules.missedAfterDays ? 'missed' : 'late';
}

/**
 * Where a plan stands today. A plan with `endedOn` was ended by closing its case: what it paid stays paid,
 * and nothing else is due any more, so its unpaid installments read `ended`, whatever their dates.
 */
export function planState(
  schedule: readonly ScheduledInstallment[],
  paymentsFen: readonly Fen[],
  today: string,
  rules: PlanRules = DEFAULT_PLAN_RULES,
  endedOn: string | null = null,
): { installments: InstallmentState[]; status: PlanStatus; paidFen: Fen; remainingFen: Fen; creditFen: Fen } {
  const { paidFen, creditFen } = allocatePayments(schedule, paymentsFen);
  const installments = schedule.map((item, i) => ({
    ...item,
    paidFen: paidFen[i],
    status:
      endedOn && paidFen[i] < item.amountFen
        ? ('ended' as const)
        : installmentStatus(item.dueDate, item.amountFen, paidFen[i], today, rules),
  }));
  const total = schedule.reduce((a, b) => a + b.amountFen, 0);
  const paid = paidFen.reduce((a, b) => a + b, 0);
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
