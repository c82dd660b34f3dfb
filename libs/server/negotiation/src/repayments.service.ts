import {
  CURRENCIES,
  type CaseOutcome,
  type Currency,
  type PayeeKind,
  type PaymentMethod,
  type PlanChargeKind,
} from '@accord/contracts';
import { planState } from '@accord/domain';
import { CasePolicyService, CasesService, joinDebt, recordCaseEvent } from '@accord/server-cases';
import {
  AuditService,
  NotFoundError,
  refusedWithItsCase,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RecordPaymentDto } from './dto/payment.dto';
import { NegotiationReminders } from './negotiation-reminders';
import { insertPayment, planAllocations } from './plan-records';
import type { CaseSavings } from './views/case-savings.view';
import type { RepaymentPlanPage, RepaymentPlanView } from './views/repayment-plan.view';

interface PlanRow {
  id: string;
  caseId: string;
  debtId: string;
  proposalId: string;
  totalFen: string | number;
  baseFen: string | number;
  chargesFen: string | number;
  chargeKind: PlanChargeKind;
  chargeRatePpm: number;
  waivedPenaltyFen: string | number;
  months: number;
  firstDueDate: string;
  graceMonths: number;
  currency: Currency;
  /** Set when closing the case ended the plan unpaid, with the case's outcome. */
  endedOn: string | null;
  endedOutcome: CaseOutcome | null;
}

interface PaymentRow {
  id: string;
  installmentId: string;
  amountFen: string;
  paidOn: string;
  method: PaymentMethod;
  reference: string | null;
  payeeKind: PayeeKind;
  payeeName: string | null;
  payeeAccount: string | null;
  creditFen: string;
  recordedAt: Date;
  allocations: { installmentId: string; number: number; amountFen: string | number; daysLate: number }[];
  proofs: { id: string; originalName: string; mediaType: string; sizeBytes: string | number }[];
}

const PLAN_SELECT = `SELECT p.id, p.case_id AS "caseId", p.debt_id AS "debtId", p.proposal_id AS "proposalId",
       p.total_fen::bigint AS "totalFen", p.base_fen::bigint AS "baseFen", p.charges_fen::bigint AS "chargesFen",
       p.charge_kind AS "chargeKind", p.charge_rate_ppm AS "chargeRatePpm", p.waived_penalty_fen::bigint AS "waivedPenaltyFen", p.months, p.first_due_date::text AS "firstDueDate", p.grace_months AS "graceMonths",
       d.currency, p.ended_on::text AS "endedOn", p.ended_outcome AS "endedOutcome"
  FROM repayment_plans p ${joinDebt('d', 'p.debt_id')}`;

/** Repayment plans with their status, the payments against them, and what the firm saved the client. */
@Injectable()
export class RepaymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly planReminders: NegotiationReminders,
    private readonly policy: CasePolicyService,
  ) {}

  async recordPayment(
    principal: Principal,
    installmentId: string,
    dto: RecordPaymentDto,
    context: RequestContext,
  ): Promise<RepaymentPlanView> {
    const today = this.cases.today();
    const planId = await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT i.plan_id, p.case_id, p.starts_on::text AS starts_on, p.ended_on::text AS ended_on, d.currency
           FROM installments i JOIN repayment_plans p ON p.id = i.plan_id ${joinDebt('d', 'p.debt_id')}
          WHERE i.id = $1`,
        [installmentId],
      );
      if (!row) throw new NotFoundError('Installment');
      await this.cases
        .get(principal, row.case_id, manager)
        .catch(refusedWithItsCase('Installment', 'installment', installmentId));
      await this.policy.assert(manager, principal.role, row.case_id, 'payment.record', {
        paidOn: dto.paidOn,
        planStartsOn: row.starts_on,
        planEnded: row.ended_on !== null,
        payeeKind: dto.payeeKind,
      });
      // One payment at a time per plan, so allocation and status are computed on settled figures.
      await manager.query(`SELECT 1 FROM repayment_plans WHERE id = $1 FOR UPDATE`, [row.plan_id]);
      const payment = await insertPayment(manager, {
        planId: row.plan_id,
        installmentId,
        amountFen: dto.amountFen,
        paidOn: dto.paidOn,
        method: dto.method,
        reference: dto.reference ?? null,
        payeeKind: dto.payeeKind,
        payeeName: dto.payeeName.trim(),
        payeeAccount: dto.payeeAccount?.trim() || null,
        recordedBy: principal.id,
      });
      const state = await this.state(manager, row.plan_id, today, row.ended_on);
      await this.planReminders.syncPlan(manager, row.plan_id);
      await recordCaseEvent(manager, row.case_id, principal.id, 'payment.recorded', {
        planId: row.plan_id,
        paymentId: payment.id,
        amountFen: dto.amountFen,
        currency: row.currency,
        paidOn: dto.paidOn,
        payeeName: dto.payeeName.trim(),
        installments: payment.allocations.map((a) => ({
          number: a.number,
          amountFen: a.amountFen,
          daysLate: a.daysLate,
        })),
        creditFen: payment.creditFen,
        planStatus: state.status,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'payment.recorded',
        entityType: 'payment',
        entityId: payment.id,
        context,
        details: { planId: row.plan_id, amountFen: dto.amountFen },
      });
      return row.plan_id as string;
    });
    return this.plan(principal, planId);
  }

  async plan(principal: Principal, planId: string): Promise<RepaymentPlanView> {
    const [row]: PlanRow[] = await this.db.query(`${PLAN_SELECT} WHERE p.id = $1`, [planId]);
    if (!row) throw new NotFoundError('Repayment plan');
    await this.cases
      .get(principal, row.caseId)
      .catch(refusedWithItsCase('Repayment plan', 'repayment_plan', planId));
    return this.detail(this.db.manager, row, this.cases.today());
  }

  /** Every plan of a case with its schedule, payments and status as of today. */
  async plansOfCase(principal: Principal, caseId: string): Promise<RepaymentPlanPage> {
    await this.cases.get(principal, caseId);
    const rows: PlanRow[] = await this.db.query(`${PLAN_SELECT} WHERE p.case_id = $1 ORDER BY p.created_at`, [
      caseId,
    ]);
    const today = this.cases.today();
    const data = [];
    for (const row of rows) data.push(await this.detail(this.db.manager, row, today));
    return { data, total: data.length };
  }

  private async detail(manager: EntityManager, row: PlanRow, today: string): Promise<RepaymentPlanView> {
    const payments: PaymentRow[] = await manager.query(
      `SELECT y.id, y.installment_id AS "installmentId", y.amount_fen::bigint AS "amountFen", y.paid_on::text AS "paidOn",
              y.method, y.reference, y.payee_kind AS "payeeKind", y.payee_name AS "payeeName",
              y.payee_account AS "payeeAccount", y.credit_fen::bigint AS "creditFen", y.created_at AS "recordedAt",
              COALESCE((SELECT json_agg(json_build_object('installmentId', a.installment_id, 'number', i.number,
                                                          'amountFen', a.amount_fen, 'daysLate', a.days_late) ORDER BY i.number)
                          FROM payment_allocations a JOIN installments i ON i.id = a.installment_id
                         WHERE a.payment_id = y.id), '[]') AS allocations,
              COALESCE((SELECT json_agg(json_build_object('id', f.id, 'originalName', f.original_name, 'mediaType', f.media_type,
                                                          'sizeBytes', f.size_bytes) ORDER BY f.created_at)
                          FROM payment_proofs f WHERE f.payment_id = y.id), '[]') AS proofs
         FROM payments y WHERE y.plan_id = $1 ORDER BY y.paid_on, y.created_at`,
      [row.id],
    );
    return {
      ...row,
      totalFen: Number(row.totalFen),
      baseFen: Number(row.baseFen),
      chargesFen: Number(row.chargesFen),
      waivedPenaltyFen: Number(row.waivedPenaltyFen),
      ...(await this.state(manager, row.id, today, row.endedOn)),
      payments: payments.map((p) => ({
        ...p,
        amountFen: Number(p.amountFen),
        creditFen: Number(p.creditFen),
        allocations: p.allocations.map((a) => ({ ...a, amountFen: Number(a.amountFen) })),
        proofs: p.proofs.map((f) => ({ ...f, sizeBytes: Number(f.sizeBytes) })),
      })),
    };
  }

  private async state(manager: EntityManager, planId: string, today: string, endedOn: string | null) {
    const { schedule, allocations, creditFen } = await planAllocations(manager, planId);
    const state = planState(schedule, allocations, today, undefined, endedOn, creditFen);
    return { ...state, installments: state.installments.map((s, i) => ({ ...s, id: schedule[i].id })) };
  }

  /**
   * For each plan of a case: what the creditor claimed on the day of agreement (outstanding plus the
   * penalty accrued to that day) against what the plan costs, as fixed when the creditor accepted; and
   * the same per currency of the debts (yuan and Taiwan dollars are never added).
   */
  async savings(principal: Principal, caseId: string): Promise<CaseSavings> {
    await this.cases.get(principal, caseId);
    const plans: {
      id: string;
      currency: Currency;
      total_fen: string;
      without_agreement_fen: string;
      saved_fen: string;
    }[] = await this.db.query(
      `SELECT p.id, d.currency, p.total_fen, p.without_agreement_fen, p.saved_fen
         FROM repayment_plans p ${joinDebt('d', 'p.debt_id')} WHERE p.case_id = $1 ORDER BY p.created_at`,
      [caseId],
    );
    const rows = plans.map((p) => ({
      planId: p.id,
      currency: p.currency,
      planTotalFen: Number(p.total_fen),
      withoutAgreementFen: Number(p.without_agreement_fen),
      savingsFen: Number(p.saved_fen),
    }));
    return {
      plans: rows,
      totals: CURRENCIES.filter((c) => rows.some((r) => r.currency === c)).map((currency) => {
        const mine = rows.filter((r) => r.currency === currency);
        return {
          currency,
          withoutAgreementFen: mine.reduce((s, r) => s + r.withoutAgreementFen, 0),
          planTotalFen: mine.reduce((s, r) => s + r.planTotalFen, 0),
          savingsFen: mine.reduce((s, r) => s + r.savingsFen, 0),
        };
      }),
    };
  }
}
