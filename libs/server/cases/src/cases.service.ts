import { ErrorCode, type CaseOutcome, type CaseStage } from '@accord/contracts';
import { allowedMoves, casePolicy } from '@accord/domain';
import { ClientsService, handOverClient } from '@accord/server-clients';
import { RemindersService } from '@accord/server-reminders';
import {
  AuditService,
  ConflictError,
  fieldDiff,
  UnprocessableError,
  versionedUpdate,
  type Principal,
  type RequestContext,
  whenNotFound,
} from '@accord/server-core';
import { namesOfUsers, resolveOfficer } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CaseHooks } from './case-hooks';
import { CasePolicyService } from './case-policy.service';
import { recordCaseEvent } from './case-timeline';
import { Case } from './case.entity';
import type {
  CreateCaseDto,
  BulkReassignDto,
  ReassignDto,
  ReopenDto,
  TransitionDto,
  UpdateCaseDto,
} from './dto/case.dto';
import { CaseReadsService } from './case-reads.service';
import type { CaseReassignment } from './views/case-reassignment.view';

const EDITABLE = ['overdueReason', 'overdueReasonText', 'litigationRisk', 'outcome', 'closingNote'] as const;

/**
 * The case's commands: open, change, move through the stages (asking the case policy first), close and
 * reopen, reassign. Each answers the case as CaseReadsService reads it.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clients: ClientsService,
    private readonly policy: CasePolicyService,
    private readonly reminders: RemindersService,
    private readonly hooks: CaseHooks,
    private readonly reads: CaseReadsService,
  ) {}

  /** The firm's calendar day on the injected clock, the one reminders are planned by. */
  today(): string {
    return this.reads.today();
  }

  scoped(principal: Principal, manager?: EntityManager): SelectQueryBuilder<Case> {
    return this.reads.scoped(principal, manager);
  }

  /** The case as the principal may see it (someone else's answers 404, as if it did not exist). */
  async get(principal: Principal, id: string, manager?: EntityManager): Promise<Case> {
    return this.reads.get(principal, id, manager);
  }

  async create(principal: Principal, dto: CreateCaseDto, context: RequestContext) {
    const id = await this.db.transaction(async (manager) => {
      const client = await this.clients.get(principal, dto.clientId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The client does not exist', {
            field: 'clientId',
          });
        }),
      );
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      const today = this.today();
      const [row] = await manager.query(
        `INSERT INTO cases (reference, client_id, officer_id, overdue_reason, overdue_reason_text, litigation_risk, opened_on)
         VALUES (next_case_reference($1), $2, $3, $4, $5, $6, $7)
         RETURNING id, reference`,
        [
          today.slice(0, 4),
          client.id,
          officerId,
          dto.overdueReason,
          dto.overdueReasonText ?? null,
          dto.litigationRisk ?? 'none',
          today,
        ],
      );
      await recordCaseEvent(manager, row.id, principal.id, 'case.opened', {
        reference: row.reference,
        officerId,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.opened',
        entityType: 'case',
        entityId: row.id,
        context,
      });
      return row.id as string;
    });
    return this.reads.detail(principal, id);
  }

  async update(principal: Principal, id: string, dto: UpdateCaseDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.policy.assert(manager, principal.role, id, 'case.update');
      const changes = Object.fromEntries(
        EDITABLE.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f]]),
      );
      await versionedUpdate(manager, Case, 'Case', id, dto.version, changes);
      await recordCaseEvent(manager, id, principal.id, 'case.updated', {
        ...fieldDiff(before, changes),
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.updated',
        entityType: 'case',
        entityId: id,
        context,
      });
    });
    return this.reads.detail(principal, id);
  }

  async transition(principal: Principal, id: string, dto: TransitionDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const record = await this.get(principal, id, manager);
      // The policy locks the row, so two people moving the same case at once cannot both pass it.
      const closing = dto.to === 'closed';
      const override = closing
        ? {
            outcome: dto.outcome ?? record.outcome,
            closingNote: dto.closingNote ?? record.closingNote,
            approval: dto.approvalReason ? { role: principal.role, reason: dto.approvalReason } : null,
          }
        : {};
      const facts = { ...(await this.policy.facts(manager, id, principal.role)), ...override };
      const locked = await manager.getRepository(Case).findOneByOrFail({ id });
      if (dto.version !== undefined && dto.version !== locked.version) {
        throw new ConflictError(
          ErrorCode.StaleVersion,
          'The case was changed by someone else; reload and try again',
          { currentVersion: locked.version },
        );
      }
      const answer = casePolicy.check(closing ? 'case.close' : 'case.transition', facts, {
        to: dto.to,
        reason: dto.reason,
      });
      if (!answer.allowed) {
        // The refusal keeps the machine's shape (code, unmet or allowedMoves) and adds the policy's reasons.
        const notAMove =
          facts.stage === 'closed' || answer.reasons.includes('TRANSITION_NOT_ALLOWED')
            ? { code: 'TRANSITION_NOT_ALLOWED', allowedMoves: allowedMoves(facts.stage) }
            : { code: 'CONDITIONS_UNMET', unmet: answer.reasons };
        throw new ConflictError(
          ErrorCode.CaseTransitionRefused,
          `The case cannot move from ${facts.stage} to ${dto.to}`,
          { from: facts.stage, to: dto.to, allowed: false, ...notAMove, reasons: answer.reasons },
        );
      }
      const from: CaseStage = facts.stage;
      const today = this.today();
      await manager.query(
        `UPDATE cases SET stage = $2, outcome = $3, closing_note = $4, closed_on = $5, closed_from = $6, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.to, facts.outcome, facts.closingNote, closing ? today : null, closing ? facts.stage : null],
      );
      const effects = closing
        ? await this.closeEffects(manager, id, facts.outcome as CaseOutcome, today)
        : {};
      await recordCaseEvent(manager, id, principal.id, 'case.stage_changed', {
        from,
        to: dto.to,
        reason: dto.reason?.trim() || (closing ? facts.closingNote : null),
        ...effects,
        ...(closing && facts.approval
          ? { approvedBy: principal.id, approvalReason: dto.approvalReason }
          : {}),
      });
      await this.hooks.enteredStage(manager, id, dto.to, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.stage_changed',
        entityType: 'case',
        entityId: id,
        context,
        details: { from, to: dto.to },
      });
    });
    return this.reads.detail(principal, id);
  }

  /**
   * Closing ends what the case still had running: its unpaid plans are marked ended with the outcome,
   * and every scheduled reminder and client message of the case is cancelled. Everything stays readable.
   */
  private async closeEffects(manager: EntityManager, id: string, outcome: CaseOutcome, today: string) {
    const plansEnded = await this.hooks.closed(manager, id, outcome, today);
    const cancelled = await this.reminders.cancelForCases(manager, [id]);
    return { outcome, plansEnded, remindersCancelled: cancelled };
  }

  /** Managers reopen a closed case into a stage; what closing ended stays ended, and the timeline says so. */
  async reopen(principal: Principal, id: string, dto: ReopenDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      await this.get(principal, id, manager);
      const facts = await this.policy.assert(manager, principal.role, id, 'case.reopen');
      const ended = await this.hooks.endedPlanCount(manager, id);
      await manager.query(
        `UPDATE cases SET stage = $2, outcome = NULL, closing_note = NULL, closed_on = NULL, closed_from = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, dto.to],
      );
      const wanted = dto.resumePlanIds ?? [];
      const resumed = wanted.length ? await this.hooks.resumePlans(manager, id, wanted) : [];
      if (resumed.length !== wanted.length)
        throw new UnprocessableError(
          ErrorCode.PlanNotResumable,
          'Only plans this case ended when it closed can be resumed',
          {
            field: 'resumePlanIds',
            planIds: wanted.filter((p) => !resumed.includes(p)),
          },
        );
      await recordCaseEvent(manager, id, principal.id, 'case.reopened', {
        to: dto.to,
        reason: dto.reason,
        previousOutcome: facts.outcome,
        previousClosingNote: facts.closingNote,
        plansResumed: resumed,
        plansStillEnded: ended - resumed.length,
      });
      await this.hooks.enteredStage(manager, id, dto.to, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'case.reopened',
        entityType: 'case',
        entityId: id,
        context,
        details: { to: dto.to, reason: dto.reason },
      });
    });
    return this.reads.detail(principal, id);
  }

  async reassign(principal: Principal, id: string, dto: ReassignDto, context: RequestContext) {
    await this.db.transaction(async (manager) => {
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      await this.reassignOne(manager, principal, id, officerId, dto.reason, context);
    });
    return this.reads.detail(principal, id);
  }

  /**
   * Many cases to one officer, all or none: a case the manager may not see (404) or a refused officer
   * (422) moves nothing. Reminders follow by themselves: they are addressed when they fire.
   */
  async reassignMany(
    principal: Principal,
    dto: BulkReassignDto,
    context: RequestContext,
  ): Promise<CaseReassignment> {
    return this.db.transaction(async (manager) => {
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      let moved = 0;
      for (const id of dto.caseIds) {
        if (await this.reassignOne(manager, principal, id, officerId, dto.reason, context)) moved += 1;
      }
      return { officerId, moved, caseIds: dto.caseIds };
    });
  }

  /** Moves one case, and its client's record when no other case keeps it with the previous officer. */
  private async reassignOne(
    manager: EntityManager,
    principal: Principal,
    id: string,
    officerId: string,
    reason: string,
    context: RequestContext,
  ): Promise<boolean> {
    const record = await this.get(principal, id, manager);
    if (officerId === record.officerId) return false;
    await manager.query(
      `UPDATE cases SET officer_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, officerId],
    );
    await handOverClient(
      manager,
      record.clientId,
      record.officerId,
      officerId,
      `SELECT 1 FROM cases WHERE client_id = $1 AND officer_id = $2`,
    );
    await recordCaseEvent(manager, id, principal.id, 'case.reassigned', {
      from: record.officerId,
      to: officerId,
      // Names too: officers may not read the user list, and the timeline must say who took over.
      ...(await officerNames(manager, record.officerId, officerId)),
      reason,
    });
    await this.audit.record(manager, {
      actorId: principal.id,
      action: 'case.reassigned',
      entityType: 'case',
      entityId: id,
      context,
      details: { from: record.officerId, to: officerId, reason },
    });
    return true;
  }
}

async function officerNames(manager: EntityManager, from: string, to: string) {
  const rows = await namesOfUsers(manager, [from, to]);
  const name = (id: string) => rows.find((r) => r.id === id)?.full_name ?? null;
  return { fromName: name(from), toName: name(to) };
}
