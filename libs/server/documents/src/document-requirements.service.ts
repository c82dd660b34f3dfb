import { ErrorCode, type ListResult, type RequirementMove } from '@accord/contracts';
import { addDays, checkRequirementMove, documentsComplete, planChecklist } from '@accord/domain';
import {
  caseInScope,
  CasePolicyService,
  CasesService,
  caseStage,
  openDebtProducts,
  recordCaseEvent,
} from '@accord/server-cases';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  paginate,
  refusedWithItsCase,
  UnprocessableError,
  type Principal,
  type RequestContext,
  FirmDay,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentRequirement } from './document-requirement.entity';
import { DocumentTemplate } from './document-template.entity';
import type { MoveRequirementDto, RequirementListQueryDto } from './dto/document.dto';
import { DocumentReminders } from './document-reminders';

const SORT = { dueOn: 'r.dueOn', kind: 'r.kind', updatedAt: 'r.updatedAt' };
const CHECKLIST_STAGES = new Set([
  'documents',
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'credit_repair',
]);

@Injectable()
export class DocumentRequirementsService {
  constructor(
    private readonly firmDay: FirmDay,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly itemReminders: DocumentReminders,
    private readonly clock: Clock,
    private readonly policy: CasePolicyService,
  ) {}

  /** The firm's calendar day on the injected clock, the one reminders are planned by. */
  today(): string {
    return this.firmDay.today();
  }

  async list(principal: Principal, query: RequirementListQueryDto): Promise<ListResult<DocumentRequirement>> {
    const scope = caseInScope(principal, 'r.case_id');
    const qb = this.db
      .getRepository(DocumentRequirement)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params);
    if (query.caseId) qb.andWhere('r.caseId = :caseId', { caseId: query.caseId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.overdue)
      qb.andWhere(`r.status IN ('requested', 'rejected') AND r.dueOn < :today`, { today: this.today() });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: rows, total };
  }

  async get(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<DocumentRequirement> {
    const item = await manager.getRepository(DocumentRequirement).findOne({ where: { id } });
    if (!item) throw new NotFoundError('Document requirement');
    await this.cases
      .get(principal, item.caseId, manager)
      .catch(refusedWithItsCase('Document requirement', 'document_requirement', id));
    return item;
  }

  async move(
    principal: Principal,
    id: string,
    dto: MoveRequirementDto,
    context: RequestContext,
  ): Promise<DocumentRequirement> {
    return this.db.transaction(async (manager) => {
      const seen = await this.get(principal, id, manager);
      const [{ hasFile }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM document_files WHERE requirement_id = $1) AS "hasFile"`,
        [id],
      );
      const policyCheck = () =>
        this.policy.assert(manager, principal.role, seen.caseId, `document.${dto.move}`, {
          hasFile,
          reason: dto.reason ?? null,
        });
      // The case first, then the item: every command locks in that order.
      if (dto.move !== 'waive') await policyCheck();
      // Locked: two people verifying and rejecting the same item at once are served one after the other.
      const item = await this.lock(manager, id);
      if (item.version !== dto.version) {
        throw new ConflictError(
          ErrorCode.StaleVersion,
          'This item was changed by someone else; reload and try again',
          { currentVersion: item.version },
        );
      }
      const check = checkRequirementMove(item.status, dto.move, principal.role, dto.reason);
      if (!check.allowed) {
        if (check.code === 'ROLE_NOT_ALLOWED')
          throw new ForbiddenError('Only managers and admins waive a required document');
        if (check.code === 'REASON_REQUIRED')
          throw new UnprocessableError(ErrorCode.ReasonRequired, 'Say why', { field: 'reason' });
        throw new ConflictError(
          ErrorCode.RequirementMoveRefused,
          `A ${item.status} item cannot be moved with ${dto.move}`,
          { status: item.status, move: dto.move },
        );
      }
      // A waiver's role and reason answer in their own words (403, 422) before the policy's.
      if (dto.move === 'waive') await policyCheck();
      await this.applyMove(manager, item, check.to, dto.move, principal.id, dto.reason ?? null);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: `document.${dto.move}`,
        entityType: 'document_requirement',
        entityId: id,
        context,
        details: { from: item.status, to: check.to, reason: dto.reason },
      });
      return this.get(principal, id, manager);
    });
  }

  async lock(manager: EntityManager, id: string): Promise<DocumentRequirement> {
    const item = await manager
      .getRepository(DocumentRequirement)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new NotFoundError('Document requirement');
    return item;
  }

  /** The one place where an item's status changes, so uploads and manual moves leave the same trail. */
  async applyMove(
    manager: EntityManager,
    item: DocumentRequirement,
    to: DocumentRequirement['status'],
    move: RequirementMove,
    actorId: string | null,
    reason: string | null,
  ): Promise<void> {
    const stamp: Record<string, unknown> = { status: to };
    if (to === 'received') Object.assign(stamp, { receivedAt: this.clock.now() });
    if (to === 'verified') Object.assign(stamp, { verifiedAt: this.clock.now(), verifiedBy: actorId });
    if (to === 'rejected') Object.assign(stamp, { rejectionReason: reason });
    if (to === 'waived') Object.assign(stamp, { waiverReason: reason, waivedBy: actorId });
    await manager
      .createQueryBuilder()
      .update(DocumentRequirement)
      .set({ ...stamp, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id: item.id })
      .execute();
    await this.itemReminders.sync(manager, { ...item, status: to });
    await recordCaseEvent(manager, item.caseId, actorId, `document.${move}`, {
      requirementId: item.id,
      kind: item.kind,
      from: item.status,
      to,
      reason,
    });
  }

  /** Brings a case's checklist in line with its templates and the products of its open debts. */
  async syncChecklist(manager: EntityManager, caseId: string, actorId: string | null): Promise<void> {
    const stage = await caseStage(manager, caseId);
    if (!stage || !CHECKLIST_STAGES.has(stage)) return;
    const templates = await manager.getRepository(DocumentTemplate).find();
    const products = await openDebtProducts(manager, caseId);
    const current = await manager.getRepository(DocumentRequirement).find({ where: { caseId } });
    const plan = planChecklist(templates, products, current);
    if (!plan.add.length && !plan.remove.length) return;
    const today = this.today();
    for (const item of plan.add) {
      const template = templates.find((t) => t.kind === item.kind) as DocumentTemplate;
      const dueOn = addDays(today, template.dueDays);
      const inserted = await manager.getRepository(DocumentRequirement).insert({
        caseId,
        kind: item.kind,
        required: item.required,
        status: 'requested',
        dueOn,
      });
      await this.itemReminders.sync(manager, {
        id: inserted.identifiers[0].id as string,
        caseId,
        kind: item.kind,
        status: 'requested',
        dueOn,
      });
    }
    if (plan.remove.length) {
      const [removed]: [{ id: string }[], number] = await manager.query(
        `DELETE FROM document_requirements WHERE case_id = $1 AND kind = ANY($2) AND status = 'requested' RETURNING id`,
        [caseId, plan.remove],
      );
      await this.itemReminders.cancel(
        manager,
        removed.map((r) => r.id),
      );
    }
    await recordCaseEvent(manager, caseId, actorId, 'documents.checklist_updated', {
      added: plan.add.map((a) => a.kind),
      removed: plan.remove,
    });
  }

  async complete(manager: EntityManager, caseId: string): Promise<boolean> {
    const items = await manager.getRepository(DocumentRequirement).find({ where: { caseId } });
    return documentsComplete(items);
  }
}
