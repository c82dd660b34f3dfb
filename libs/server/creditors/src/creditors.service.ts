import { ErrorCode } from '@accord/contracts';
import type { LateFeeRule, PenaltyRule } from '@accord/domain';
import {
  AuditService,
  ConflictError,
  escapeLike,
  NotFoundError,
  paginate,
  versionedUpdate,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Creditor } from './creditor.entity';
import type {
  CreateCreditorDto,
  CreditorListQueryDto,
  LateFeeDto,
  UpdateCreditorDto,
} from './dto/creditor.dto';
import type { CreditorPage } from './views/creditor-page.view';

const SORT = { name: 'c.name', product: 'c.product', createdAt: 'c.createdAt' };

export type PenaltyColumns = Pick<
  Creditor,
  | 'penaltyDailyRatePpm'
  | 'penaltyBase'
  | 'penaltyCapBp'
  | 'penaltyCompounding'
  | 'penaltyYearlyCapBp'
  | 'lateFee'
>;

/** A creditor's penalty rule as the domain's money model reads it: the only way from the catalog to it. */
export function penaltyRuleOf(creditor: PenaltyColumns): PenaltyRule {
  return {
    dailyRatePpm: creditor.penaltyDailyRatePpm,
    base: creditor.penaltyBase,
    compounding: creditor.penaltyCompounding,
    capBp: creditor.penaltyCapBp,
    yearlyCapBp: creditor.penaltyYearlyCapBp,
    lateFee: creditor.lateFee,
  };
}

/** The late fee as kept: only the fields its kind uses. */
function lateFeeOf(dto: LateFeeDto | undefined): LateFeeRule {
  if (!dto || dto.kind === 'none') return { kind: 'none' };
  const maxCycles = dto.maxCycles ?? null;
  if (dto.kind === 'fixed') return { kind: 'fixed', fen: dto.fen ?? 0, maxCycles };
  return { kind: 'share_of_minimum', shareBp: dto.shareBp ?? 0, capFen: dto.capFen ?? null, maxCycles };
}

@Injectable()
export class CreditorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: CreditorListQueryDto): Promise<CreditorPage> {
    const qb = this.db.getRepository(Creditor).createQueryBuilder('c');
    if (query.product) qb.andWhere('c.product = :product', { product: query.product });
    if (query.market) qb.andWhere('c.market = :market', { market: query.market });
    if (query.active !== undefined) qb.andWhere('c.active = :active', { active: query.active });
    if (query.q) qb.andWhere("c.name ILIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q)}%` });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: rows, total };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Creditor> {
    const creditor = await manager.getRepository(Creditor).findOne({ where: { id } });
    if (!creditor) throw new NotFoundError('Creditor');
    return creditor;
  }

  async create(actor: Principal, dto: CreateCreditorDto, context: RequestContext): Promise<Creditor> {
    return this.db.transaction(async (manager) => {
      await this.requireUnique(manager, dto.name, dto.product);
      const inserted = await manager.getRepository(Creditor).insert({
        ...dto,
        market: dto.market ?? 'CN',
        customerService: dto.customerService ?? [],
        penaltyBase: dto.penaltyBase ?? 'overdue_amount',
        penaltyCapBp: dto.penaltyCapBp ?? null,
        penaltyCompounding: dto.penaltyCompounding ?? 'none',
        penaltyYearlyCapBp: dto.penaltyYearlyCapBp ?? null,
        lateFee: lateFeeOf(dto.lateFee),
        checkLprCap: dto.checkLprCap ?? false,
        maxInstallmentMonths: dto.maxInstallmentMonths ?? null,
        negotiationNotes: dto.negotiationNotes ?? null,
        litigationPractice: dto.litigationPractice ?? 'unknown',
        active: true,
      } as never);
      const creditor = await this.get(inserted.identifiers[0].id as string, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'creditor.created',
        entityType: 'creditor',
        entityId: creditor.id,
        context,
        details: { after: creditor as never },
      });
      return creditor;
    });
  }

  async update(
    actor: Principal,
    id: string,
    dto: UpdateCreditorDto,
    context: RequestContext,
  ): Promise<Creditor> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const { version, ...changes } = dto;
      if (
        (changes.name ?? before.name) !== before.name ||
        (changes.product ?? before.product) !== before.product
      ) {
        await this.requireUnique(manager, changes.name ?? before.name, changes.product ?? before.product, id);
      }
      await versionedUpdate(manager, Creditor, 'Creditor', id, version, {
        ...changes,
        ...(changes.lateFee ? { lateFee: lateFeeOf(changes.lateFee) } : {}),
      });
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'creditor.updated',
        entityType: 'creditor',
        entityId: id,
        context,
        details: { before: before as never, after: after as never },
      });
      return after;
    });
  }

  private async requireUnique(
    manager: EntityManager,
    name: string,
    product: string,
    exceptId?: string,
  ): Promise<void> {
    const qb = manager
      .getRepository(Creditor)
      .createQueryBuilder('c')
      .where('lower(c.name) = lower(:name) AND c.product = :product', { name, product });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      throw new ConflictError(ErrorCode.CreditorExists, 'This creditor product is already in the catalog', {
        field: 'name',
      });
    }
  }
}
