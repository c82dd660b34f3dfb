import { ErrorCode, type CaseAction } from '@accord/contracts';
import { disputeAnswerDue, type ActionDetails } from '@accord/domain';
import { CasePolicyService, CasesService, recordCaseEvent } from '@accord/server-cases';
import {
  AuditService,
  NotFoundError,
  versionedRowUpdate,
  UnprocessableError,
  refusedWithItsCase,
  whenNotFound,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { requireFilesOfCase } from '@accord/server-documents';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { readDisputes, readEntries } from './credit-record.reads';
import { CreditReminders } from './credit-reminders';
import type {
  AnswerCreditDisputeDto,
  CreateCreditDisputeDto,
  FileCreditDisputeDto,
  UpdateCreditDisputeDto,
  WithdrawCreditDisputeDto,
} from './dto/credit-dispute.dto';
import type { CreditDisputeView } from './views/credit-record.view';

/**
 * Disputes (異議申請) of wrong records: prepared with grounds and evidence, filed (the answer due 20 days
 * later, with its reminders), answered with the outcome as the agency or lender gave it, or withdrawn.
 * Every step asks the case policy; nothing here marks a true record removed.
 */
@Injectable()
export class CreditDisputesService {
  constructor(
    private readonly firmDay: FirmDay,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly policy: CasePolicyService,
    private readonly reminders: CreditReminders,
  ) {}

  private today(): string {
    return this.firmDay.today();
  }

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CreditDisputeView> {
    const [dispute] = await readDisputes(manager, { id }, this.today());
    if (!dispute) throw new NotFoundError('Credit dispute');
    await this.cases
      .get(principal, dispute.caseId, manager)
      .catch(refusedWithItsCase('Credit dispute', 'credit_dispute', id));
    return dispute;
  }

  async prepare(
    principal: Principal,
    dto: CreateCreditDisputeDto,
    context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.db.transaction(async (manager) => {
      const [entry] = await readEntries(manager, { id: dto.entryId }, this.today());
      const missing = () => {
        throw new UnprocessableError(ErrorCode.Unprocessable, 'The credit report entry does not exist', {
          field: 'entryId',
        });
      };
      if (!entry) missing();
      await this.cases.get(principal, entry.caseId, manager).catch(whenNotFound(missing));
      await this.policy.assert(manager, principal.role, entry.caseId, 'credit_dispute.prepare');
      await requireFilesOfCase(manager, entry.caseId, dto.evidenceFileIds ?? [], 'evidenceFileIds');
      const [{ id }] = await manager.query(
        `INSERT INTO credit_disputes (entry_id, case_id, grounds, explanation, venue, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [entry.id, entry.caseId, dto.grounds, dto.explanation, dto.venue, principal.id],
      );
      await this.setEvidence(manager, id, dto.evidenceFileIds ?? []);
      await this.recorded(manager, principal, context, entry.caseId, id, 'credit_dispute.prepared', {
        institution: entry.institution,
        grounds: dto.grounds,
      });
      return this.read(manager, id);
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateCreditDisputeDto,
    context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.policy.assert(manager, principal.role, before.caseId, 'credit_dispute.prepare', {
        disputeStatus: before.status,
      });
      if (dto.evidenceFileIds)
        await requireFilesOfCase(manager, before.caseId, dto.evidenceFileIds, 'evidenceFileIds');
      await versionedRowUpdate(
        manager,
        'credit_disputes',
        'Credit dispute',
        id,
        dto.version,
        before.version,
        {
          grounds: dto.grounds ?? before.grounds,
          explanation: dto.explanation ?? before.explanation,
          venue: dto.venue ?? before.venue,
        },
      );
      if (dto.evidenceFileIds) await this.setEvidence(manager, id, dto.evidenceFileIds);
      await this.recorded(manager, principal, context, before.caseId, id, 'credit_dispute.updated', {
        fields: Object.entries(dto)
          .filter(([k, v]) => k !== 'version' && v !== undefined)
          .map(([k]) => k),
      });
      return this.read(manager, id);
    });
  }

  async file(principal: Principal, id: string, dto: FileCreditDisputeDto, context: RequestContext) {
    return this.step(principal, id, dto.version, context, 'credit_dispute.file', async (_, before) => {
      const details: ActionDetails = {
        disputeStatus: before.status,
        evidenceCount: before.evidenceFileIds.length,
        filedOn: dto.filedOn,
      };
      const due = disputeAnswerDue(dto.filedOn);
      return {
        details,
        changes: { status: 'filed', filed_on: dto.filedOn, answer_due_on: due },
        event: { filedOn: dto.filedOn, answerDueOn: due },
      };
    });
  }

  async answer(principal: Principal, id: string, dto: AnswerCreditDisputeDto, context: RequestContext) {
    return this.step(
      principal,
      id,
      dto.version,
      context,
      'credit_dispute.answer',
      async (manager, before) => {
        if (dto.answerFileId)
          await requireFilesOfCase(manager, before.caseId, [dto.answerFileId], 'answerFileId');
        return {
          details: { disputeStatus: before.status, filedOn: before.filedOn, answeredOn: dto.answeredOn },
          changes: {
            status: 'answered',
            answered_on: dto.answeredOn,
            outcome: dto.outcome,
            answer_file_id: dto.answerFileId ?? null,
            answer_note: dto.answerNote ?? null,
          },
          event: { outcome: dto.outcome, answeredOn: dto.answeredOn },
        };
      },
    );
  }

  async withdraw(principal: Principal, id: string, dto: WithdrawCreditDisputeDto, context: RequestContext) {
    return this.step(principal, id, dto.version, context, 'credit_dispute.withdraw', async (_, before) => ({
      details: { disputeStatus: before.status, reason: dto.reason },
      changes: { status: 'withdrawn', withdrawn_on: this.today(), withdrawal_reason: dto.reason },
      event: { reason: dto.reason.slice(0, 200) },
    }));
  }

  /** One move of a dispute: the policy asked with the move's facts, the row changed, reminders synced. */
  private async step(
    principal: Principal,
    id: string,
    version: number,
    context: RequestContext,
    action: Extract<CaseAction, 'credit_dispute.file' | 'credit_dispute.answer' | 'credit_dispute.withdraw'>,
    plan: (
      manager: EntityManager,
      before: CreditDisputeView,
    ) => Promise<{
      details: ActionDetails;
      changes: Record<string, unknown>;
      event: Record<string, unknown>;
    }>,
  ): Promise<CreditDisputeView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      const { details, changes, event } = await plan(manager, before);
      await this.policy.assert(manager, principal.role, before.caseId, action, details);
      await versionedRowUpdate(
        manager,
        'credit_disputes',
        'Credit dispute',
        id,
        version,
        before.version,
        changes,
      );
      const after = await this.read(manager, id);
      const [entry] = await readEntries(manager, { id: after.entryId }, this.today());
      await this.reminders.syncDispute(manager, { ...after, institution: entry.institution });
      const kind = (
        {
          'credit_dispute.file': 'credit_dispute.filed',
          'credit_dispute.answer': 'credit_dispute.answered',
          'credit_dispute.withdraw': 'credit_dispute.withdrawn',
        } as const
      )[action];
      await this.recorded(manager, principal, context, before.caseId, id, kind, {
        institution: entry.institution,
        ...event,
      });
      return after;
    });
  }

  private async setEvidence(manager: EntityManager, id: string, fileIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM credit_dispute_evidence WHERE dispute_id = $1`, [id]);
    if (fileIds.length)
      await manager.query(
        `INSERT INTO credit_dispute_evidence (dispute_id, file_id) SELECT $1, unnest($2::uuid[])`,
        [id, fileIds],
      );
  }

  private async read(manager: EntityManager, id: string): Promise<CreditDisputeView> {
    return (await readDisputes(manager, { id }, this.today()))[0];
  }

  private async recorded(
    manager: EntityManager,
    principal: Principal,
    context: RequestContext,
    caseId: string,
    disputeId: string,
    kind:
      | 'credit_dispute.prepared'
      | 'credit_dispute.updated'
      | 'credit_dispute.filed'
      | 'credit_dispute.answered'
      | 'credit_dispute.withdrawn',
    details: Record<string, unknown>,
  ): Promise<void> {
    await recordCaseEvent(manager, caseId, principal.id, kind, { disputeId, ...details });
    await this.audit.record(manager, {
      actorId: principal.id,
      action: kind,
      entityType: 'credit_dispute',
      entityId: disputeId,
      context,
    });
  }
}
