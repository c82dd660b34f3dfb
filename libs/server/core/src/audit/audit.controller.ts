import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { NotFoundError } from '../errors/app-error';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Roles } from '../auth/access.decorators';
import { escapeLike } from '../http/list-query.dto';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryPage } from './audit-entry-page.view';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit-log')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** The audit log, newest first: who did what to which record, from where (admins). */
  @Get()
  @Roles('admin')
  async list(@Query() query: AuditQueryDto): Promise<AuditEntryPage> {
    const qb = this.entries.createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    if (query.q)
      qb.andWhere("(a.subject ILIKE :q ESCAPE '\\' OR a.action ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    qb.orderBy(`a.${query.sort}`, query.order).addOrderBy('a.id', query.order);
    const [data, total] = await qb
      .skip((query.page - 1) * query.perPage)
      .take(query.perPage)
      .getManyAndCount();
    return { data, total };
  }

  /** One audit entry with its details (admins). */
  @Get(':id')
  @Roles('admin')
  async show(@Param('id', ParseIntPipe) id: number): Promise<AuditEntry> {
    const entry = await this.entries.findOne({ where: { id: String(id) } });
    if (!entry) throw new NotFoundError('Audit entry');
    return entry;
  }
}
