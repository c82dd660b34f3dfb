import { ErrorCode } from '@accord/contracts';
import type { LprRow } from '@accord/domain';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateLprRateDto, LprRateListQueryDto, UpdateLprRateDto } from './dto/lpr-rate.dto';
import { LprRate } from './lpr-rate.entity';
import { toLprRateView, type LprRatePage, type LprRateView } from './views/lpr-rate.view';

/**
 * The dated LPR table: everyone signed in reads it, admins keep it (audited). Other features read it only
 * through `table()`, the rows the domain's 4 × LPR check takes.
 */
@Injectable()
export class LprRatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: LprRateListQueryDto): Promise<LprRatePage> {
    const qb = this.db.getRepository(LprRate).createQueryBuilder('r');
    // The date is unique, so it alone orders the pages stably.
    const [rows, total] = await qb
      .orderBy('r.effectiveOn', query.order)
      .offset((query.page - 1) * query.perPage)
      .limit(query.perPage)
      .getManyAndCount();
    return { data: rows.map(toLprRateView), total };
  }

  /** Every row, for the 4 × LPR check: a row a month since 2019, so a few hundred at most in decades. */
  async table(manager: EntityManager = this.db.manager): Promise<LprRow[]> {
    return manager
      .getRepository(LprRate)
      .find({ select: { effectiveOn: true, oneYearBp: true }, order: { effectiveOn: 'ASC' } });
  }

  async get(effectiveOn: string): Promise<LprRateView> {
    return toLprRateView(await this.row(this.db.manager, effectiveOn));
  }

  async create(actor: Principal, dto: CreateLprRateDto, context: RequestContext): Promise<LprRateView> {
    return this.db.transaction(async (manager) => {
      // ON CONFLICT: two admins adding the same date at once get one row and one 409, never a 500.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO lpr_rates (effective_on, one_year_bp, five_year_bp, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (effective_on) DO NOTHING RETURNING effective_on`,
        [dto.effectiveOn, dto.oneYearBp, dto.fiveYearBp ?? null, dto.source],
      );
      if (!inserted.length)
        throw new ConflictError(ErrorCode.LprRateExists, 'The LPR table already has a row for that date', {
          effectiveOn: dto.effectiveOn,
        });
      const after = toLprRateView(await this.row(manager, dto.effectiveOn));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'lpr_rate.created',
        entityType: 'lpr_rate',
        entityId: dto.effectiveOn,
        context,
        details: { after: after as never },
      });
      return after;
    });
  }

  async update(
    actor: Principal,
    effectiveOn: string,
    dto: UpdateLprRateDto,
    context: RequestContext,
  ): Promise<LprRateView> {
    return this.db.transaction(async (manager) => {
      const before = toLprRateView(await this.row(manager, effectiveOn));
      const { version, ...changes } = dto;
      // The date is the key (no `id` column), so the versioned update is spelt out here.
      const result = await manager
        .createQueryBuilder()
        .update(LprRate)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
        .where('effective_on = :effectiveOn AND version = :version', { effectiveOn, version })
        .execute();
      if (result.affected !== 1) throw new StaleVersionError('LPR rate', before.version);
      const after = toLprRateView(await this.row(manager, effectiveOn));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'lpr_rate.updated',
        entityType: 'lpr_rate',
        entityId: effectiveOn,
        context,
        details: { before: before as never, after: after as never },
      });
      return after;
    });
  }

  async remove(actor: Principal, effectiveOn: string, context: RequestContext): Promise<LprRateView> {
    return this.db.transaction(async (manager) => {
      const before = toLprRateView(await this.row(manager, effectiveOn));
      await manager.getRepository(LprRate).delete({ effectiveOn });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'lpr_rate.deleted',
        entityType: 'lpr_rate',
        entityId: effectiveOn,
        context,
        details: { before: before as never },
      });
      return before;
    });
  }

  private async row(manager: EntityManager, effectiveOn: string): Promise<LprRate> {
    const row = await manager.getRepository(LprRate).findOne({ where: { effectiveOn } });
    if (!row) throw new NotFoundError('LPR rate');
    return row;
  }
}
