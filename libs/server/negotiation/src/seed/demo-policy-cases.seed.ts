import { addDays, addMonthsClamped, buildSchedule, scheduleTotals, type PlanCharge } from '@accord/domain';
import {
  amendDemoClosing,
  debtsWithCases,
  joinCase,
  joinDebt,
  recordPastCaseEvent,
} from '@accord/server-cases';
import { joinCreditor } from '@accord/server-creditors';
import { leftJoinOfficerAndManager } from '@accord/server-users';
import { insertPayment, insertPlan } from '../plan-records';
import type { EntityManager } from 'typeorm';

/**
 * Two demo cases that show the case policy at work, made from plans seedDemoPlans just wrote:
 * - a long plan a manager approved beyond its creditor's longest one, with the reason on the
 *   proposal and the timeline;
 * - a case the client withdrew from while repaying: closed as withdrawn, its plan ended unpaid with
 *   the outcome (the timeline says so), so the quick start shows what closing does.
 */
export async function seedPolicyCases(manager: EntityManager, today: string): Promise<void> {
  await approvedLongPlan(manager, today);
  await withdrawnWhileRepaying(manager, today);
}

async function approvedLongPlan(manager: EntityManager, today: string): Promise<void> {
  const [plan]: {
    id: string;
    proposal_id: string;
    case_id: string;
    base_fen: string;
    charge_kind: PlanCharge['kind'];
    charge_rate_ppm: number;
    first_due_date: string;
    max_months: number;
    manager_id: string | null;
  }[] = await manager.query(
    `SELECT p.id, p.proposal_id, p.case_id, p.base_fen, p.charge_kind, p.charge_rate_ppm, p.first_due_date::text AS first_due_date,
            r.max_installment_months AS max_months, u_team.manager_id
       FROM repayment_plans p ${joinCase('c', 'p.case_id')}
       ${joinDebt('d', 'p.debt_id')} ${joinCreditor('r', 'd.creditor_id')}
       ${leftJoinOfficerAndManager('u', 'm', 'c.officer_id')}
      WHERE c.stage = 'agreed' AND r.max_installment_months IS NOT NULL
      ORDER BY c.reference LIMIT 1`,
  );
  if (!plan?.manager_id) return;
  const months = plan.max_months + 12;
  const reason = '客戶為單親家庭、收入僅能負擔較低月付；債權人專案同意延長期數。';
  const schedule = buildSchedule({
    totalFen: Number(plan.base_fen),
    months,
    firstDueDate: plan.first_due_date,
    graceMonths: 0,
    charge: { kind: plan.charge_kind, ratePpm: plan.charge_rate_ppm },
  });
  const totals = scheduleTotals(schedule);
  await manager.query(
    `UPDATE proposals SET months = $2, limit_exception_reason = $3, limit_exception_by = $4 WHERE id = $1`,
    [plan.proposal_id, months, reason, plan.manager_id],
  );
  // A longer plan with a monthly fee costs more: its total and savings follow.
  await manager.query(
    `UPDATE repayment_plans SET months = $2, total_fen = base_fen + $3, charges_fen = $3,
            saved_fen = greatest(0, without_agreement_fen - base_fen - $3) WHERE id = $1`,
    [plan.id, months, totals.chargesFen],
  );
  await manager.query(`DELETE FROM installments WHERE plan_id = $1`, [plan.id]);
  await manager.query(
    `INSERT INTO installments (plan_id, number, due_date, amount_fen, charge_fen)
     SELECT $1, * FROM unnest($2::int[], $3::date[], $4::bigint[], $5::bigint[])`,
    [
      plan.id,
      schedule.map((i) => i.number),
      schedule.map((i) => i.dueDate),
      schedule.map((i) => i.amountFen),
      schedule.map((i) => i.chargeFen),
    ],
  );
  await recordPastCaseEvent(
    manager,
    plan.case_id,
    plan.manager_id,
    'proposal.limit_exception_approved',
    { proposalId: plan.proposal_id, reason },
    new Date(`${addDays(today, -3)}T02:00:00Z`),
  );
}

async function withdrawnWhileRepaying(manager: EntityManager, today: string): Promise<void> {
  const [closed]: {
    id: string;
    officer_id: string;
    debt_id: string;
    outstanding_fen: string;
    creditor: string;
  }[] = await manager.query(
    `SELECT c.id, c.officer_id, d.id AS debt_id, d.outstanding_fen, r.name AS creditor
         FROM ${debtsWithCases('d', 'c')} ${joinCreditor('r', 'd.creditor_id')}
        WHERE d.status = 'open' AND c.stage = 'closed' AND NOT EXISTS (SELECT 1 FROM repayment_plans p WHERE p.case_id = c.id)
        ORDER BY c.reference, d.id LIMIT 1`,
  );
  if (!closed) return;
  const endedOn = addDays(today, -6);
  const note = '客戶表示將自行與銀行協商，撤回委任；已告知未繳期數須自行處理及對信用紀錄的影響。';
  const totalFen = Number(closed.outstanding_fen);
  const months = 12;
  const firstDueDate = addMonthsClamped(today, -3);
  const [proposal] = await manager.query(
    `INSERT INTO proposals (case_id, debt_id, kind, status, total_fen, months, first_due_date, grace_months, creditor_answer,
                            created_by, submitted_at, decided_at, created_at)
     VALUES ($1, $2, 'installments', 'accepted', $3, $4, $5, 0, '債權人同意分期。', $6, $7, $7, $7) RETURNING id`,
    [
      closed.id,
      closed.debt_id,
      totalFen,
      months,
      firstDueDate,
      closed.officer_id,
      new Date(`${addDays(firstDueDate, -10)}T02:00:00Z`),
    ],
  );
  const terms = { totalFen, months, firstDueDate, graceMonths: 0 };
  const schedule = buildSchedule(terms);
  const { planId, installmentIds } = await insertPlan(manager, {
    proposalId: proposal.id,
    caseId: closed.id,
    debtId: closed.debt_id,
    terms,
    schedule,
    saved: { withoutAgreementFen: totalFen, savedFen: 0 },
    startsOn: addDays(firstDueDate, -7),
    waivedPenaltyFen: 0,
    createdAt: new Date(`${addDays(firstDueDate, -7)}T02:00:00Z`),
    ended: { on: endedOn, outcome: 'withdrawn' },
  });
  // The first two installments were paid before the client withdrew.
  for (const item of schedule.slice(0, 2))
    await insertPayment(manager, {
      planId,
      installmentId: installmentIds.get(item.number) as string,
      amountFen: item.amountFen,
      paidOn: item.dueDate,
      method: 'alipay',
      reference: `DEMO-W${item.number}`,
      payeeKind: 'creditor_app',
      payeeName: closed.creditor,
      payeeAccount: null,
      recordedBy: closed.officer_id,
      createdAt: new Date(`${item.dueDate}T10:00:00Z`),
    });
  // The timeline's closing entry says what the close ended, as a real close records it.
  await amendDemoClosing(
    manager,
    closed.id,
    { outcome: 'withdrawn', note, closedOn: endedOn, closedFrom: 'repaying' },
    { from: 'repaying', reason: note, outcome: 'withdrawn', plansEnded: [planId] },
  );
}
