import { ErrorCode } from '@accord/contracts';
import type { ListResult } from '@accord/contracts';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  paginate,
  versionedUpdate,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentTemplate } from './document-template.entity';
import type { CreateTemplateDto, TemplateListQueryDto, UpdateTemplateDto } from './dto/document.dto';

const SORT = { kind: 't.kind', createdAt: 't.createdAt' };

@Injectable()
export class DocumentTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: TemplateListQueryDto): Promise<ListResult<DocumentTemplate>> {
    const { rows, total } = await paginate(
      this.db.getRepository(DocumentTemplate).createQueryBuilder('t'),
      query,
      SORT,
    );
    return { data: rows, total };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<DocumentTemplate> {
    const template = await manager.getRepository(DocumentTemplate).findOne({ where: { id } });
    if (!template) throw new NotFoundError('Document template');
    return template;
  }

  async create(actor: Principal, dto: CreateTemplateDto, context: RequestContext): Promise<DocumentTemplate> {
    return this.db.transaction(async (manager) => {
      if (await manager.getRepository(DocumentTemplate).exists({ where: { kind: dto.kind } })) {
        throw new ConflictError(
          ErrorCode.TemplateExists,
          'There is already a template for this kind of document',
          {
            field: 'kind',
          },
        );
      }
      const inserted = await manager.getRepository(DocumentTemplate).insert({
        kind: dto.kind,
        descriptions: { ...dto.descriptions },
        required: dto.required ?? true,
        products: dto.products ?? [],
        dueDays: dto.dueDays ?? 7,
        active: true,
      });
      const template = await this.get(inserted.identifiers[0].id as string, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'document_template.created',
        entityType: 'document_template',
        entityId: template.id,
        context,
      });
      return template;
    });
  }

  async update(
    actor: Principal,
    id: string,
    dto: UpdateTemplateDto,
    context: RequestContext,
  ): Promise<DocumentTemplate> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const { version, ...changes } = dto;
      const values: Record<string, unknown> = { ...changes };
      if (changes.descriptions) values.descriptions = { ...changes.descriptions };
      await versionedUpdate(manager, DocumentTemplate, 'Document template', id, version, values);
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'document_template.updated',
        entityType: 'document_template',
        entityId: id,
        context,
        details: { before: before as never, after: after as never },
      });
      return after;
    });
  }
}
