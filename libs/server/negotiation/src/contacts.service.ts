import { ErrorCode } from '@accord/contracts';
import {
  caseInScope,
  CasePolicyService,
  CasesService,
  isDebtOfCase,
  recordCaseEvent,
} from '@accord/server-cases';
import {
  AuditService,
  NotFoundError,
  paginate,
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
import { Contact } from './contact.entity';
import type { ContactListQueryDto, CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { NegotiationReminders } from './negotiation-reminders';
import type { ContactPage } from './views/contact-page.view';

const SORT = { occurredAt: 'k.occurredAt', nextFollowUpAt: 'k.nextFollowUpAt' };

/** The log of every call, chat, letter and visit with a creditor or the client. */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly followUps: NegotiationReminders,
    private readonly policy: CasePolicyService,
  ) {}

  async list(principal: Principal, query: ContactListQueryDto): Promise<ContactPage> {
    const scope = caseInScope(principal, 'k.case_id');
    const qb = this.db
      .getRepository(Contact)
      .createQueryBuilder('k')
      .where(scope.sql, scope.params)
      .andWhere('k.caseId = :caseId', { caseId: query.caseId });
    if (query.debtId) qb.andWhere('k.debtId = :debtId', { debtId: query.debtId });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: rows, total };
  }

  async get(principal: Principal, id: string, manager: EntityManager = this.db.manager): Promise<Contact> {
    const contact = await manager.getRepository(Contact).findOne({ where: { id } });
    if (!contact) throw new NotFoundError('Contact');
    await this.cases
      .get(principal, contact.caseId, manager)
      .catch(refusedWithItsCase('Contact', 'contact', id));
    return contact;
  }

  async create(principal: Principal, dto: CreateContactDto, context: RequestContext): Promise<Contact> {
    return this.db.transaction(async (manager) => {
      const record = await this.cases.get(principal, dto.caseId, manager).catch(
        whenNotFound(() => {
          throw new UnprocessableError(ErrorCode.Unprocessable, 'The case does not exist', {
            field: 'caseId',
          });
        }),
      );
      await this.policy.assert(manager, principal.role, record.id, `contact.${dto.party}`);
      await this.requireDebtOfCase(manager, dto.debtId, dto.caseId);
      const inserted = await manager.getRepository(Contact).insert({
        caseId: dto.caseId,
        debtId: dto.debtId ?? null,
        party: dto.party,
        channel: dto.channel,
        occurredAt: new Date(dto.occurredAt),
        person: dto.person ?? null,
        summary: dto.summary,
        outcome: dto.outcome ?? null,
        nextFollowUpAt: dto.nextFollowUpAt ? new Date(dto.nextFollowUpAt) : null,
        createdBy: principal.id,
      });
      const id = inserted.identifiers[0].id as string;
      await this.followUps.syncFollowUp(manager, {
        id,
        caseId: dto.caseId,
        nextFollowUpAt: dto.nextFollowUpAt ? new Date(dto.nextFollowUpAt) : null,
        summary: dto.summary,
        person: dto.person ?? null,
      });
      await recordCaseEvent(manager, dto.caseId, principal.id, 'contact.logged', {
        contactId: id,
        party: dto.party,
        channel: dto.channel,
        summary: dto.summary.slice(0, 200),
        nextFollowUpAt: dto.nextFollowUpAt ?? null,
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'contact.logged',
        entityType: 'contact',
        entityId: id,
        context,
      });
      return manager.getRepository(Contact).findOneOrFail({ where: { id } });
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateContactDto,
    context: RequestContext,
  ): Promise<Contact> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      await this.policy.assert(
        manager,
        principal.role,
        before.caseId,
        `contact.${dto.party ?? before.party}`,
      );
      if (dto.debtId) await this.requireDebtOfCase(manager, dto.debtId, before.caseId);
      const { version, occurredAt, nextFollowUpAt, ...rest } = dto;
      const changes: Record<string, unknown> = { ...rest };
      if (occurredAt !== undefined) changes.occurredAt = new Date(occurredAt);
      if (nextFollowUpAt !== undefined)
        changes.nextFollowUpAt = nextFollowUpAt ? new Date(nextFollowUpAt) : null;
      await versionedUpdate(manager, Contact, 'Contact', id, version, changes);
      const after = await manager.getRepository(Contact).findOneOrFail({ where: { id } });
      await this.followUps.syncFollowUp(manager, after);
      await recordCaseEvent(manager, before.caseId, principal.id, 'contact.updated', {
        contactId: id,
        fields: Object.keys(changes),
      });
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'contact.updated',
        entityType: 'contact',
        entityId: id,
        context,
      });
      return manager.getRepository(Contact).findOneOrFail({ where: { id } });
    });
  }

  private async requireDebtOfCase(
    manager: EntityManager,
    debtId: string | undefined,
    caseId: string,
  ): Promise<void> {
    if (!debtId) return;
    if (!(await isDebtOfCase(manager, debtId, caseId)))
      throw new UnprocessableError(ErrorCode.DebtNotInCase, 'The debt does not belong to this case', {
        field: 'debtId',
      });
  }
}
