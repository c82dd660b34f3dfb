import { ErrorCode } from '@accord/contracts';
import { RemindersService } from '@accord/server-reminders';
import { isValidIdNumber, maskIdentifier, normalizeIdNumber } from '@accord/domain';
import {
  AppError,
  AuditService,
  ConflictError,
  escapeLike,
  FieldCipher,
  missingOrOutOfScope,
  paginate,
  UnprocessableError,
  versionedUpdate,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { officerScope, resolveOfficer } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { normalizePhone } from './client-identifiers';
import { ClientCases } from './client-cases';
import { ClientHooks } from './client-hooks';
import { Client, toClientView } from './client.entity';
import type { ClientPage, ClientView, RevealedClientIdentifiers } from './client.view';
import type { ClientListQueryDto, ClientLookupDto, CreateClientDto, UpdateClientDto } from './dto/client.dto';

const SORT = { fullName: 'cl.fullName', createdAt: 'cl.createdAt' };

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly reminders: RemindersService,
    private readonly hooks: ClientHooks,
    private readonly cases: ClientCases,
  ) {}

  /** Clients the caller may see: assigned to them (or their team), or with a case assigned to them. */
  scoped(principal: Principal, manager: EntityManager = this.db.manager): SelectQueryBuilder<Client> {
    const own = officerScope(principal, 'cl.officer_id');
    const viaCase = this.cases.visibleThroughCase(principal, 'cl.id');
    return manager
      .getRepository(Client)
      .createQueryBuilder('cl')
      .where(`(${own.sql} OR ${viaCase.sql})`, {
        ...own.params,
        ...viaCase.params,
      });
  }

  async list(principal: Principal, query: ClientListQueryDto): Promise<ClientPage> {
    if (query.idNumber !== undefined || query.phone !== undefined) {
      throw new AppError(
        400,
        ErrorCode.IdentifierInUrl,
        'ID numbers and phones are never sent in an address: look them up with POST /api/clients/lookup',
      );
    }
    return this.search(principal, query);
  }

  /** Exact matches on the ID number and/or phone, within the caller's scope, as the list answers. */
  lookup(principal: Principal, query: ClientLookupDto): Promise<ClientPage> {
    return this.search(principal, query);
  }

  private async search(
    principal: Principal,
    query: ClientListQueryDto | ClientLookupDto,
  ): Promise<ClientPage> {
    const qb = this.scoped(principal);
    if (query.q) qb.andWhere("cl.fullName ILIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q)}%` });
    if (typeof query.idNumber === 'string')
      qb.andWhere('cl.idNumberHash = :idHash', {
        idHash: this.cipher.hash(normalizeIdNumber(query.idNumber)),
      });
    if (typeof query.phone === 'string')
      qb.andWhere('cl.phoneHash = :phoneHash', { phoneHash: this.cipher.hash(normalizePhone(query.phone)) });
    if (query.officerId) qb.andWhere('cl.officerId = :officerId', { officerId: query.officerId });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: rows.map(toClientView), total };
  }

  async get(principal: Principal, id: string, manager?: EntityManager): Promise<Client> {
    const client = await this.scoped(principal, manager).andWhere('cl.id = :id', { id }).getOne();
    if (!client)
      throw await missingOrOutOfScope(manager ?? this.db.manager, {
        table: 'clients',
        entity: 'Client',
        entityType: 'client',
        id,
      });
    return client;
  }

  async view(principal: Principal, id: string): Promise<ClientView> {
    return toClientView(await this.get(principal, id));
  }

  async create(principal: Principal, dto: CreateClientDto, context: RequestContext): Promise<ClientView> {
    const idNumber = this.validIdNumber(dto.idType, dto.idNumber);
    const phone = dto.phone ? normalizePhone(dto.phone) : null;
    return this.db.transaction(async (manager) => {
      const officerId = await resolveOfficer(manager, principal, dto.officerId);
      const sealedId = this.cipher.seal(idNumber);
      const sealedPhone = phone ? this.cipher.seal(phone) : null;
      await this.refuseDuplicates(manager, principal, sealedId.hash, sealedPhone?.hash ?? null);
      const inserted = await manager.getRepository(Client).insert({
        fullName: dto.fullName,
        idType: dto.idType,
        idNumberCipher: sealedId.cipher,
        idNumberHash: sealedId.hash,
        idNumberMasked: maskIdentifier(idNumber),
        phoneCipher: sealedPhone?.cipher ?? null,
        phoneHash: sealedPhone?.hash ?? null,
        phoneMasked: phone ? maskIdentifier(phone) : null,
        keyId: sealedId.keyId,
        email: dto.email ?? null,
        address: dto.address ?? null,
        notes: dto.notes ?? null,
        ...(dto.locale ? { locale: dto.locale } : {}),
        consentPurposes: dto.consentPurposes ?? [],
        consentAt: dto.consentPurposes?.length ? new Date() : null,
        consentRecordedBy: dto.consentPurposes?.length ? principal.id : null,
        officerId,
      });
      const client = await this.get(principal, inserted.identifiers[0].id as string, manager);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'client.created',
        entityType: 'client',
        entityId: client.id,
        context,
        details: { after: toClientView(client) },
      });
      return toClientView(client);
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateClientDto,
    context: RequestContext,
  ): Promise<ClientView> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(principal, id, manager);
      const changes: Record<string, unknown> = {};
      for (const field of ['fullName', 'email', 'address', 'notes', 'locale'] as const) {
        if (dto[field] !== undefined) changes[field] = dto[field];
      }
      if (dto.idNumber !== undefined || dto.idType !== undefined) {
        if (dto.idNumber === undefined)
          throw new UnprocessableError(ErrorCode.Unprocessable, 'Give the ID number with its type', {
            field: 'idNumber',
          });
        const idNumber = this.validIdNumber(dto.idType ?? before.idType, dto.idNumber);
        const sealed = this.cipher.seal(idNumber);
        await this.refuseDuplicates(manager, principal, sealed.hash, null, id);
        Object.assign(changes, {
          idType: dto.idType ?? before.idType,
          idNumberCipher: sealed.cipher,
          idNumberHash: sealed.hash,
          idNumberMasked: maskIdentifier(idNumber),
          keyId: sealed.keyId,
        });
      }
      if (dto.phone !== undefined) {
        const phone = dto.phone ? normalizePhone(dto.phone) : null;
        const sealed = phone ? this.cipher.seal(phone) : null;
        if (sealed) await this.refuseDuplicates(manager, principal, null, sealed.hash, id);
        Object.assign(changes, {
          phoneCipher: sealed?.cipher ?? null,
          phoneHash: sealed?.hash ?? null,
          phoneMasked: phone ? maskIdentifier(phone) : null,
        });
      }
      if (dto.consentPurposes !== undefined) {
        // Withdrawal (an empty list) is a right of the client: consent is then absent, and the audit log
        // keeps when and by whom each grant or withdrawal was recorded.
        const granted = dto.consentPurposes.length > 0;
        const withdrawn = !granted && before.consentPurposes.length > 0;
        Object.assign(changes, {
          consentPurposes: dto.consentPurposes,
          consentAt: granted ? new Date() : null,
          consentRecordedBy: granted ? principal.id : null,
          ...(granted ? { consentWithdrawnAt: null } : {}),
          ...(withdrawn ? { consentWithdrawnAt: new Date() } : {}),
        });
      }
      await versionedUpdate(manager, Client, 'Client', id, dto.version, changes);
      if (changes.consentWithdrawnAt instanceof Date) await this.afterWithdrawal(manager, id, principal.id);
      const after = await this.get(principal, id, manager);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        context,
        details: { before: toClientView(before), after: toClientView(after) },
      });
      return toClientView(after);
    });
  }

  /**
   * Withdrawn consent (PIPL) stops the work on the client's open cases: every message still planned for
   * the client is cancelled, and each case's timeline says so. The case policy refuses the rest.
   */
  private async afterWithdrawal(manager: EntityManager, clientId: string, actorId: string): Promise<void> {
    const ids = await this.cases.openCaseIds(manager, clientId);
    const cancelled = await this.reminders.cancelForCases(manager, ids, ['client']);
    await this.hooks.withdrewConsent(manager, ids, actorId);
    await this.cases.recordConsentWithdrawn(manager, ids, actorId, { clientRemindersCancelled: cancelled });
  }

  /** The full ID number and phone, for the owner officer and above; every look is in the audit log. */
  async reveal(
    principal: Principal,
    id: string,
    context: RequestContext,
  ): Promise<RevealedClientIdentifiers> {
    return this.db.transaction(async (manager) => {
      await this.get(principal, id, manager);
      const secret = await manager
        .getRepository(Client)
        .createQueryBuilder('cl')
        .addSelect(['cl.idNumberCipher', 'cl.phoneCipher'])
        .where('cl.id = :id', { id })
        .getOneOrFail();
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'client.identifiers_revealed',
        entityType: 'client',
        entityId: id,
        context,
      });
      return {
        idNumber: this.cipher.open(secret.idNumberCipher),
        phone: secret.phoneCipher ? this.cipher.open(secret.phoneCipher) : null,
      };
    });
  }

  private validIdNumber(type: CreateClientDto['idType'], raw: string): string {
    const normalized = normalizeIdNumber(raw);
    if (!isValidIdNumber(type, normalized)) {
      throw new AppError(400, ErrorCode.ValidationFailed, 'The ID number is not valid for its type', {
        fields: [{ field: 'idNumber', problems: ['idNumber fails its format or check digit'] }],
      });
    }
    return normalized;
  }

  private async refuseDuplicates(
    manager: EntityManager,
    principal: Principal,
    idHash: string | null,
    phoneHash: string | null,
    exceptId?: string,
  ): Promise<void> {
    const rows: { id: string; field: string }[] = await manager.query(
      `SELECT id, CASE WHEN id_number_hash = $1 THEN 'idNumber' ELSE 'phone' END AS field
         FROM clients WHERE (id_number_hash = $1 OR phone_hash = $2) AND id IS DISTINCT FROM $3 LIMIT 1`,
      [idHash, phoneHash, exceptId ?? null],
    );
    if (!rows.length) return;
    // Name the existing client only to someone who may see it; others learn only that it exists.
    const visible = await this.scoped(principal, manager)
      .andWhere('cl.id = :id', { id: rows[0].id })
      .getExists();
    throw new ConflictError(ErrorCode.ClientExists, 'A client with this ID number or phone already exists', {
      field: rows[0].field,
      ...(visible ? { clientId: rows[0].id } : {}),
    });
  }
}
