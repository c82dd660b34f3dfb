import { ErrorCode } from '@accord/contracts';
import {
  buildSchedule,
  canAcceptProposal,
  chargeTermsProblems,
  scheduleTotals,
  type PlanCharge,
  canMoveProposal,
  longestPlan,
  termsEditable,
  validScheduleTerms,
} from '@accord/domain';
import {
  CasePolicyService,
  CasesService,
  creditorLimitOfDebt,
  currencyOfDebt,
  DebtsService,
  recordCaseEvent,
} from '@accord/server-cases';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  refusedWithItsCase,
  UnprocessableError,
  versionedUpdate,
  type Principal,
  type RequestContext,
  whenNotFound,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AcceptProposalDto, CreateProposalDto, UpdateProposalDto } from './dto/proposal.dto';
import { NegotiationReminders } from './negotiation-reminders';
import { insertPlan } from './plan-records';
import { savingsOfAgreement } from './plan-savings';
import { Proposal } from './proposal.entity';
import type { ProposalAcceptance } from './views/proposal-acceptance.view';
import type { ProposalPage } from './views/proposal-page.view';

const ACCEPTED_UNIQUE = 'proposals_one_accepted_per_debt';

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly debts: DebtsService,
    private readonly planReminders: NegotiationReminders,
    private readonly policy: CasePolicyService,
  ) {}

  async list(principal: Principal, caseId: string): Promise<ProposalPage> {
    await this.cases.get(principal, caseId);
    const data = await this.db
      .getRepository(Proposal)
      .find({ where: { caseId }, order: { createdAt: 'DESC' } });
    return { data, total: data.length };
  }

  async get(principal: Principal, id: string, manager: EntityManager = this.db.manager): Promise<Proposal> {
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id } });
    if (!proposal) throw new NotFoundError('Proposal');
    await this.cases
      .get(principal, proposal.caseId, manager)
      .catch(refusedWithItsCase('Proposal', 'proposal', id));
    return proposal;
  }

  async create(principal: Principal, dto: CreateProposalDto, context: RequestContext): Promise<Proposal> {
    const debt = await this.debts.get(principal, dto.debtId).catch(
      whenNotFound(() => {
        throw new UnprocessableError(ErrorCode.Unprocessable, 'The debt does not exist', { field: 'debtId' });
      }),
    );
    const charge = chargeOf(dto.chargeKind ?? 'none', dto.chargeRatePpm ?? 0);
    return this.db.transaction(async (manager) => {
      const exception = await this.assertLimit(manager, principal, debt.caseId, debt.id, 'proposal.create', {
        months: dto.months ?? null,
        asked: dto.limitExceptionReason,
        stored: null,
        kind: dto.kind,
        charge,
      });
      await this.assertContactsOfCase(manager, debt.caseId, dto.contactIds);
      const inserted = await manager.getRepository(Proposal).insert({
        caseId: debt.caseId,
        debtId: debt.id,
        kind: dto.kind,
        status: 'draft',
        totalFen: dto.totalFen,
        months: dto.months ?? null,
        firstDueDate: dto.firstDueDate ?? null,
        graceMonths: dto.graceMonths ?? 0,
        waivedPenaltyFen: dto.waivedPenaltyFen ?? 0,
        chargeKind: charge.kind,
        chargeRatePpm: charge.ratePpm,
        contactIds: dto.contactIds ?? [],
        createdBy: principal.id,
        limitExceptionReason: exception?.reason ?? null,
        limitExceptionBy: exception ? principal.id : null,
      });
      const id = inserted.identifiers[0].id as string;
      if (exception) await this.recordException(manager, debt.caseId, principal.id, id, exception);
      await recordCaseEvent(manager, debt.caseId, principal.id, 'proposal.drafted', {
        proposalId: id,
        debtId: debt.id,
        kind: dto.kind,
        totalFen: dto.totalFen,
        currency: debt.currency,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'proposal.drafted',
        entityType: 'proposal',
        entityId: id,
        context,
      });
      return manager.getRepository(Proposal).findOneOrFail({ where: { id } });
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateProposalDto,
    context: RequestContext,
  ): Promise<Proposal> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      // Linking the contacts where it was discussed is not a change of terms: it stays open throughout.
      const { version, status, creditorAnswer, contactIds, limitExceptionReason, ...terms } = dto;
      const action =
        status === 'submitted' && before.status !== 'submitted'
          ? 'proposal.submit'
          : status === 'countered' && before.status !== 'countered'
            ? 'proposal.counter'
            : 'proposal.update';
      // Changing the kind alone may make the charge kept on the proposal wrong for it (停息掛賬): asked again.
      const charge = chargeOf(
        terms.chargeKind ?? before.chargeKind,
        terms.chargeRatePpm ?? (terms.chargeKind === 'none' ? 0 : before.chargeRatePpm),
      );
      const exception = await this.assertLimit(manager, principal, before.caseId, before.debtId, action, {
        months: terms.months ?? before.months,
        asked: limitExceptionReason,
        stored: before,
        kind: terms.kind ?? before.kind,
        charge,
      });
      await this.assertContactsOfCase(manager, before.caseId, contactIds);
      if (Object.keys(terms).length && !termsEditable(before.status)) {
        throw new ConflictError(
          ErrorCode.ProposalTermsLocked,
          `The terms of a ${before.status} proposal cannot change`,
          { status: before.status },
        );
      }
      if (status !== undefined && status !== before.status && !canMoveProposal(before.status, status)) {
        throw new ConflictError(
          ErrorCode.ProposalStatusRefused,
          `A ${before.status} proposal cannot become ${status}`,
          { from: before.status, to: status },
        );
      }
      await versionedUpdate(manager, Proposal, 'Proposal', id, version, {
        ...terms,
        ...(terms.chargeKind !== undefined || terms.chargeRatePpm !== undefined
          ? { chargeKind: charge.kind, chargeRatePpm: charge.ratePpm }
          : {}),
        ...(status ? { status } : {}),
        ...(creditorAnswer !== undefined ? { creditorAnswer } : {}),
        ...(contactIds !== undefined ? { contactIds } : {}),
        ...(exception && limitExceptionReason
          ? { limitExceptionReason: exception.reason, limitExceptionBy: principal.id }
          : {}),
      });
      if (exception && limitExceptionReason)
        await this.recordException(manager, before.caseId, principal.id, id, exception);
      // No proposal moves back to draft (canMoveProposal), so its event is one the timeline knows.
      if (status && status !== 'draft' && status !== before.status) {
        await recordCaseEvent(manager, before.caseId, principal.id, `proposal.${status}`, {
          proposalId: id,
          from: before.status,
          to: status,
          creditorAnswer,
        });
      }
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'proposal.updated',
        entityType: 'proposal',
        entityId: id,
        context,
        details: { status },
      });
      return manager.getRepository(Proposal).findOneOrFail({ where: { id } });
    });
  }

  /**
   * The creditor said yes: the proposal becomes accepted and its repayment plan and installments are
   * created in the same transaction. One accepted proposal per debt (409 otherwise).
   */
  async accept(
    principal: Principal,
    id: string,
    dto: AcceptProposalDto,
    context: RequestContext,
  ): Promise<ProposalAcceptance> {
    return this.db.transaction(async (manager) => {
      const proposal = await this.get(principal, id, manager);
      const charge: PlanCharge = { kind: proposal.chargeKind, ratePpm: proposal.chargeRatePpm };
      await this.assertLimit(manager, principal, proposal.caseId, proposal.debtId, 'proposal.accept', {
        months: proposal.months,
        asked: undefined,
        stored: proposal,
        kind: proposal.kind,
        charge,
      });
      if (proposal.version !== dto.version) {
        throw new ConflictError(
          ErrorCode.StaleVersion,
          'The proposal was changed by someone else; reload and try again',
          { currentVersion: proposal.version },
        );
      }
      if (!canAcceptProposal(proposal.status)) {
        throw new ConflictError(
          ErrorCode.ProposalNotAcceptable,
          `A ${proposal.status} proposal cannot be accepted`,
          { status: proposal.status },
        );
      }
      const [taken] = await manager.query(
        `SELECT id FROM proposals WHERE debt_id = $1 AND status = 'accepted'`,
        [proposal.debtId],
      );
      if (taken)
        throw new ConflictError(
          ErrorCode.DebtAlreadyAgreed,
          'Another proposal for this debt is already accepted',
          {
            proposalId: taken.id,
          },
        );
      const terms = {
        totalFen: proposal.totalFen,
        months: proposal.months ?? 1,
        // The creditor's yes often names its own first due date: agreed as part of the acceptance.
        firstDueDate: dto.firstDueDate ?? proposal.firstDueDate ?? '',
        graceMonths: proposal.graceMonths,
        charge,
      };
      const problems = validScheduleTerms(terms, this.cases.today());
      if (problems.length)
        throw new UnprocessableError(
          ErrorCode.PlanTermsInvalid,
          'The agreed terms cannot make a repayment plan',
          {
            problems,
          },
        );
      try {
        await manager.query(
          `UPDATE proposals SET status = 'accepted', creditor_answer = coalesce($2, creditor_answer), first_due_date = $3,
                  version = version + 1, updated_at = now() WHERE id = $1`,
          [id, dto.creditorAnswer ?? null, terms.firstDueDate],
        );
      } catch (error) {
        if (
          (error as { driverError?: { constraint?: string } }).driverError?.constraint === ACCEPTED_UNIQUE
        ) {
          throw new ConflictError(
            ErrorCode.DebtAlreadyAgreed,
            'Another proposal for this debt is already accepted',
          );
        }
        throw error;
      }
      const schedule = buildSchedule(terms);
      const totals = scheduleTotals(schedule);
      // Savings count what the client pays in all, the creditor's charge on the plan included.
      const saved = await savingsOfAgreement(manager, proposal.debtId, totals.payableFen, this.cases.today());
      const { planId } = await insertPlan(manager, {
        proposalId: id,
        caseId: proposal.caseId,
        debtId: proposal.debtId,
        terms,
        schedule,
        saved,
        startsOn: this.cases.today(),
        waivedPenaltyFen: proposal.waivedPenaltyFen,
      });
      await this.planReminders.syncPlan(manager, planId);
      const currency = await currencyOfDebt(manager, proposal.debtId);
      await recordCaseEvent(manager, proposal.caseId, principal.id, 'proposal.accepted', {
        proposalId: id,
        debtId: proposal.debtId,
        planId,
        currency,
        totalFen: totals.payableFen,
        chargesFen: totals.chargesFen,
        months: terms.months,
        firstDueDate: schedule[0].dueDate,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'proposal.accepted',
        entityType: 'proposal',
        entityId: id,
        context,
        details: { planId },
      });
      return {
        proposal: await manager.getRepository(Proposal).findOneOrFail({ where: { id } }),
        planId,
        installments: schedule,
      };
    });
  }

  /**
   * Asks the case policy, with the creditor's longest plan (its catalog data) and the exception to it:
   * one asked for now (by whoever sends it: an officer's is refused) or the one kept on the proposal.
   * Answers the approval to keep when one was needed and given.
   */
  private async assertLimit(
    manager: EntityManager,
    principal: Principal,
    caseId: string,
    debtId: string,
    action:
      'proposal.create' | 'proposal.update' | 'proposal.submit' | 'proposal.counter' | 'proposal.accept',
    terms: {
      months: number | null;
      asked: string | undefined;
      stored: Proposal | null;
      kind: Proposal['kind'];
      charge: PlanCharge;
    },
  ): Promise<{ reason: string } | null> {
    const creditor = await creditorLimitOfDebt(manager, debtId);
    const creditorMaxMonths = longestPlan(creditor.product, creditor.maxMonths);
    const limitApproval =
      terms.asked !== undefined
        ? { role: principal.role, reason: terms.asked }
        : terms.stored?.limitExceptionReason
          ? { role: 'manager' as const, reason: terms.stored.limitExceptionReason }
          : null;
    await this.policy.assert(manager, principal.role, caseId, action, {
      months: terms.months,
      creditorMaxMonths,
      limitApproval,
      proposalKind: terms.kind,
      chargeKind: terms.charge.kind,
    });
    const needed = terms.months !== null && terms.months > creditorMaxMonths;
    return needed && limitApproval?.reason ? { reason: limitApproval.reason } : null;
  }

  private async recordException(
    manager: EntityManager,
    caseId: string,
    actorId: string,
    proposalId: string,
    exception: { reason: string },
  ): Promise<void> {
    await recordCaseEvent(manager, caseId, actorId, 'proposal.limit_exception_approved', {
      proposalId,
      reason: exception.reason,
    });
  }

  /** A proposal links only contacts logged on its own case. */
  private async assertContactsOfCase(manager: EntityManager, caseId: string, ids: string[] | undefined) {
    if (!ids?.length) return;
    const found: { id: string }[] = await manager.query(
      `SELECT id FROM contacts WHERE case_id = $1 AND id = ANY($2::uuid[])`,
      [caseId, ids],
    );
    const known = new Set(found.map((f) => f.id));
    const unknown = [...new Set(ids)].filter((id) => !known.has(id));
    if (unknown.length)
      throw new UnprocessableError(ErrorCode.ContactNotInCase, 'Link only contacts logged on this case', {
        field: 'contactIds',
        ids: unknown,
      });
  }
}

/** The charge a proposal states, refused (422) when its kind and rate disagree. */
function chargeOf(kind: PlanCharge['kind'], ratePpm: number): PlanCharge {
  const charge = { kind, ratePpm };
  const problems = chargeTermsProblems(charge);
  if (problems.length)
    throw new UnprocessableError(
      ErrorCode.ChargeTermsInvalid,
      "The plan's charge needs both its kind and its rate",
      {
        problems,
        field: problems[0] === 'CHARGE_RATE_MISSING' ? 'chargeRatePpm' : 'chargeKind',
      },
    );
  return charge;
}
