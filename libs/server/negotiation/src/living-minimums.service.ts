import { ErrorCode } from '@accord/contracts';
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
import type {
  CreateLivingMinimumDto,
  LivingMinimumListQueryDto,
  UpdateLivingMinimumDto,
} from './dto/living-minimum.dto';
import { LivingMinimum } from './living-minimum.entity';
import type { LivingMinimumPage } from './views/living-minimum-page.view';

const SORT = {
  region: ['m.region', 'm.effectiveFrom'],
  effectiveFrom: ['m.effectiveFrom', 'm.region'],
  currency: ['m.currency', 'm.region'],
};

/** The living minimums per region: everyone signed in reads them, admins keep them (audited). */
@Injectable()
export class LivingMinimumsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: LivingMinimumListQueryDto): Promise<LivingMinimumPage> {
    const qb = this.db.getRepository(LivingMinimum).createQueryBuilder('m');
    if (query.currency) qb.andWhere('m.currency = :currency', { currency: query.currency });
    if (query.q) qb.andWhere("m.region ILIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q)}%` });
    const { rows, total } = await paginate(qb, query, SORT);
    return { data: rows, total };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<LivingMinimum> {
    const row = await manager.getRepository(LivingMinimum).findOne({ where: { id } });
    if (!row) throw new NotFoundError('Living minimum');
    return row;
  }

  async create(actor: Principal, dto: CreateLivingMinimumDto, context: RequestContext) {
    return this.db.transaction(async (manager) => {
      await this.requireUnique(manager, dto);
      const inserted = await manager.getRepository(LivingMinimum).insert({ ...dto });
      const after = await this.get(inserted.identifiers[0].id as string, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'living_minimum.created',
        entityType: 'living_minimum',
        entityId: after.id,
        context,
        details: { after: after as never },
      });
      return after;
    });
  }

  async update(actor: Principal, id: string, dto: UpdateLivingMinimumDto, context: RequestContext) {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const { version, ...changes } = dto;
      await this.requireUnique(manager, { ...before, ...changes }, id);
      await versionedUpdate(manager, LivingMinimum, 'Living minimum', id, version, changes);
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'living_minimum.updated',
        entityType: 'living_minimum',
        entityId: id,
        context,
        details: { before: before as never, after: after as never },
      });
      return after;
    });
  }

  private async requireUnique(
    manager: EntityManager,
    row: Pick<LivingMinimum, 'region' | 'currency' | 'effectiveFrom'>,
    exceptId?: string,
  ): Promise<void> {
    const [clash] = await manager.query(
      `SELECT id FROM living_minimums WHERE region = $1 AND currency = $2 AND effective_from = $3
          AND ($4::uuid IS NULL OR id <> $4::uuid) LIMIT 1`,
      [row.region, row.currency, row.effectiveFrom, exceptId ?? null],
    );
    if (clash)
      throw new ConflictError(
        ErrorCode.LivingMinimumExists,
        'This region already has a living minimum in that currency from that date',
        { id: clash.id },
      );
  }
}
