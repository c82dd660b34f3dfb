import type { PayeeKind, PaymentMethod } from '@accord/contracts';
import {
  allocatePayment,
  NO_CHARGE,
  scheduleTotals,
  type PaymentAllocation,
  type PlanCharge,
  type ScheduledInstallment,
  type ScheduleTerms,
} from '@accord/domain';
import type { EntityManager } from 'typeorm';

/*
 * The rows of a repayment plan and its payments, written the one way the API and the demo seed both use.
 * Plain SQL: the CLI's seed runs through a connection that maps no entities.
 */

export interface PlanRecord {
  proposalId: string;
  caseId: string;
  debtId: string;
  terms: ScheduleTerms;
  schedule: readonly (ScheduledInstallment & { chargeFen: number })[];
  /** What the creditor claimed on the day of agreement, and what the plan saves against it. */
  saved: { withoutAgreementFen: number; savedFen: number };
  startsOn: string;
  waivedPenaltyFen: number;
  createdAt?: Date;
  /** A plan closing ended (the demo's withdrawn case). */
  ended?: { on: string; outcome: string };
}

/** Inserts a plan and its installments; answers the plan's id and each installment's id by number. */
export async function insertPlan(
  manager: EntityManager,
  plan: PlanRecord,
): Promise<{ planId: string; installmentIds: Map<number, string> }> {
  const totals = scheduleTotals(plan.schedule);
  const charge: PlanCharge = plan.terms.charge ?? NO_CHARGE;
  const [row] = await manager.query(
    `INSERT INTO repayment_plans (proposal_id, case_id, debt_id, total_fen, months, first_due_date, grace_months,
                                  without_agreement_fen, saved_fen, starts_on, base_fen, charges_fen,
                                  charge_kind, charge_rate_ppm, waived_penalty_fen, created_at, ended_on, ended_outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, coalesce($16, now()), $17, $18) RETURNING id`,
    [
      plan.proposalId,
      plan.caseId,
      plan.debtId,
      totals.payableFen,
      plan.terms.months,
      plan.terms.firstDueDate,
      plan.terms.graceMonths,
      plan.saved.withoutAgreementFen,
      plan.saved.savedFen,
      plan.startsOn,
      totals.baseFen,
      totals.chargesFen,
      charge.kind,
      charge.ratePpm,
      plan.waivedPenaltyFen,
      plan.createdAt ?? null,
      plan.ended?.on ?? null,
      plan.ended?.outcome ?? null,
    ],
  );
  const ids: { id: string; number: number }[] = await manager.query(
    `INSERT INTO installments (plan_id, number, due_date, amount_fen, charge_fen)
     SELECT $1, * FROM unnest($2::int[], $3::date[], $4::bigint[], $5::bigint[]) RETURNING id, number`,
    [
      row.id,
      plan.schedule.map((i) => i.number),
      plan.schedule.map((i) => i.dueDate),
      plan.schedule.map((i) => i.amountFen),
      plan.schedule.map((i) => i.chargeFen),
    ],
  );
  return { planId: row.id, installmentIds: new Map(ids.map((i) => [i.number, i.id])) };
}

/** A plan's installments and where its payments' money went, as stored when each was recorded. */
export async function planAllocations(manager: EntityManager, planId: string) {
  const schedule: (ScheduledInstallment & { id: string })[] = (
    await manager.query(
      `SELECT id, number, due_date::text AS "dueDate", amount_fen AS "amountFen", charge_fen AS "chargeFen"
         FROM installments WHERE plan_id = $1 ORDER BY number`,
      [planId],
    )
  ).map((i: { id: string; number: number; dueDate: string; amountFen: string; chargeFen: string }) => ({
    ...i,
    amountFen: Number(i.amountFen),
    chargeFen: Number(i.chargeFen),
  }));
  const rows: { number: number; amountFen: string; paidOn: string; daysLate: number }[] = await manager.query(
    `SELECT i.number, a.amount_fen AS "amountFen", y.paid_on::text AS "paidOn", a.days_late AS "daysLate"
       FROM payment_allocations a JOIN payments y ON y.id = a.payment_id JOIN installments i ON i.id = a.installment_id
      WHERE y.plan_id = $1 ORDER BY y.created_at, y.id, i.number`,
    [planId],
  );
  const [{ credit }] = await manager.query(
    `SELECT coalesce(sum(credit_fen), 0)::bigint AS credit FROM payments WHERE plan_id = $1`,
    [planId],
  );
  const allocations: PaymentAllocation[] = rows.map((r) => ({ ...r, amountFen: Number(r.amountFen) }));
  return { schedule, allocations, creditFen: Number(credit) };
}

export interface PaymentRecord {
  planId: string;
  /** The installment it was typed against; where the money went is its allocations. */
  installmentId: string;
  amountFen: number;
  paidOn: string;
  method: PaymentMethod;
  reference: string | null;
  payeeKind: PayeeKind;
  payeeName: string;
  payeeAccount: string | null;
  recordedBy: string;
  createdAt?: Date;
}

/**
 * Records a payment and where its money went: to the earliest installments not yet paid in full, each
 * part with the days it came late, the rest as credit. The caller holds the plan's row lock, so two
 * payments never split the same installment between them.
 */
export async function insertPayment(manager: EntityManager, payment: PaymentRecord) {
  const { schedule, allocations } = await planAllocations(manager, payment.planId);
  const held = schedule.map((item) =>
    allocations.filter((a) => a.number === item.number).reduce((sum, a) => sum + a.amountFen, 0),
  );
  const split = allocatePayment(schedule, held, payment);
  const [row] = await manager.query(
    `INSERT INTO payments (plan_id, installment_id, amount_fen, paid_on, method, reference, recorded_by,
                           payee_kind, payee_name, payee_account, credit_fen, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12, now())) RETURNING id`,
    [
      payment.planId,
      payment.installmentId,
      payment.amountFen,
      payment.paidOn,
      payment.method,
      payment.reference,
      payment.recordedBy,
      payment.payeeKind,
      payment.payeeName,
      payment.payeeAccount,
      split.creditFen,
      payment.createdAt ?? null,
    ],
  );
  const idOf = new Map(schedule.map((item) => [item.number, item.id]));
  await manager.query(
    `INSERT INTO payment_allocations (payment_id, installment_id, amount_fen, days_late)
     SELECT $1, * FROM unnest($2::uuid[], $3::bigint[], $4::int[])`,
    [
      row.id,
      split.allocations.map((a) => idOf.get(a.number)),
      split.allocations.map((a) => a.amountFen),
      split.allocations.map((a) => a.daysLate),
    ],
  );
  return { id: row.id as string, allocations: split.allocations, creditFen: split.creditFen };
}
