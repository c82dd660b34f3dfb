import { CaseHooks, CasePolicyService, CasesModule, openDebtsOfCase } from '@accord/server-cases';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { FinancialStatement } from './financial-statement.entity';
import { FinancialStatementsService } from './financial-statements.service';
import { NegotiationController } from './negotiation.controller';
import { ProposalSuggestionsService } from './proposal-suggestions.service';
import { Proposal } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { RepaymentsService } from './repayments.service';
import { RepaymentsController } from './repayments.controller';
import { PaymentProofsService } from './payment-proofs.service';
import { CreditorsModule } from '@accord/server-creditors';
import { RemindersModule } from '@accord/server-reminders';
import { NegotiationReminders } from './negotiation-reminders';
import { LivingMinimum } from './living-minimum.entity';
import { LivingMinimumsController } from './living-minimums.controller';
import { LivingMinimumsService } from './living-minimums.service';

/** What the client can pay, and (next) contacts, proposals, plans and payments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([FinancialStatement, Contact, Proposal, LivingMinimum]),
    CasesModule,
    CreditorsModule,
    RemindersModule,
  ],
  controllers: [NegotiationController, ProposalsController, RepaymentsController, LivingMinimumsController],
  providers: [
    FinancialStatementsService,
    ContactsService,
    ProposalSuggestionsService,
    ProposalsService,
    RepaymentsService,
    PaymentProofsService,
    NegotiationReminders,
    LivingMinimumsService,
  ],
  exports: [FinancialStatementsService, ContactsService],
})
export class NegotiationModule implements OnModuleInit {
  constructor(
    private readonly policy: CasePolicyService,
    private readonly hooks: CaseHooks,
    private readonly planReminders: NegotiationReminders,
  ) {}

  /**
   * The facts negotiation knows for the case policy (its rules live in libs/domain; ended plans do not
   * count), and the plans a manager resumes when reopening a case (their reminders are planned again).
   */
  onModuleInit(): void {
    // Closing ends the case's plans not paid in full, with the outcome; what they paid stays paid.
    this.hooks.onCaseClosed(async (manager, caseId, outcome, today) => {
      const [ended]: [{ id: string }[], number] = await manager.query(
        `UPDATE repayment_plans p SET ended_on = $2, ended_outcome = $3
          WHERE p.case_id = $1 AND p.ended_on IS NULL
            AND p.total_fen > (SELECT COALESCE(sum(y.amount_fen), 0) FROM payments y WHERE y.plan_id = p.id)
          RETURNING p.id`,
        [caseId, today, outcome],
      );
      return ended.map((p) => p.id);
    });
    this.hooks.onEndedPlans(async (manager, caseId) => {
      const [{ ended }] = await manager.query(
        `SELECT count(*)::int AS ended FROM repayment_plans WHERE case_id = $1 AND ended_on IS NOT NULL`,
        [caseId],
      );
      return ended as number;
    });
    // A running plan froze its debt's penalty on the day the creditor agreed (the plan's start).
    this.hooks.onAgreedDebts(async (manager, caseId) => {
      const rows: { debt_id: string; starts_on: string }[] = await manager.query(
        `SELECT debt_id, starts_on::text AS starts_on FROM repayment_plans WHERE case_id = $1 AND ended_on IS NULL`,
        [caseId],
      );
      return new Map(rows.map((r) => [r.debt_id, r.starts_on]));
    });
    this.hooks.onPlansResumed(async (manager, caseId, planIds) => {
      const resumed: { id: string }[] = (
        await manager.query(
          `UPDATE repayment_plans SET ended_on = NULL, ended_outcome = NULL
            WHERE id = ANY($1::uuid[]) AND case_id = $2 AND ended_on IS NOT NULL RETURNING id`,
          [planIds, caseId],
        )
      )[0];
      for (const plan of resumed) await this.planReminders.syncPlan(manager, plan.id);
      return resumed.map((p) => p.id);
    });
    this.policy.registerFacts(async (manager, caseId) => {
      const [row] = await manager.query(
        `SELECT NOT EXISTS (${openDebtsOfCase('d', '$1')}
                             AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.debt_id = d.id AND p.status = 'accepted'))
                AND EXISTS (${openDebtsOfCase('d', '$1')}) AS agreed,
                EXISTS (SELECT 1 FROM repayment_plans rp WHERE rp.case_id = $1 AND rp.ended_on IS NULL) AS planned,
                NOT EXISTS (SELECT 1 FROM repayment_plans rp WHERE rp.case_id = $1
                               AND rp.total_fen > (SELECT COALESCE(sum(y.amount_fen), 0) FROM payments y WHERE y.plan_id = rp.id)) AS completed`,
        [caseId],
      );
      return {
        everyOpenDebtAgreed: row.agreed,
        hasRepaymentPlan: row.planned,
        allPlansCompleted: row.completed,
      };
    });
  }
}
