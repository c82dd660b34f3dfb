import { ErrorCode } from '@accord/contracts';
import { caseInScope, CasePolicyService } from '@accord/server-cases';
import { checkRequirementMove } from '@accord/domain';
import {
  AuditService,
  ConflictError,
  missingOrOutOfScope,
  OBJECT_STORAGE,
  getStoredOrNotFound,
  type ObjectStorage,
  type StoredUpload,
  UploadReceiver,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentFile } from './document-file.entity';
import type { DocumentRequirement } from './document-requirement.entity';
import { DocumentRequirementsService } from './document-requirements.service';

@Injectable()
export class DocumentFilesService {
  private readonly logger = new Logger(DocumentFilesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly requirements: DocumentRequirementsService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly uploads: UploadReceiver,
    private readonly policy: CasePolicyService,
  ) {}

  /** An officer's upload to an item of a case they may see. */
  async uploadAsStaff(
    principal: Principal,
    requirementId: string,
    request: IncomingMessage,
    context: RequestContext,
  ) {
    const item = await this.requirements.get(principal, requirementId).catch((error: unknown) => {
      request.resume();
      throw error;
    });
    return this.accept(
      item,
      request,
      { source: 'officer', actorId: principal.id, role: principal.role },
      context,
    );
  }

  /**
   * Streams the file to storage, then records it and marks the item received in one transaction. The
   * same bytes already in the case are recognised (409 naming the earlier file) and not stored twice.
   */
  async accept(
    item: DocumentRequirement,
    request: IncomingMessage,
    by: {
      source: 'officer' | 'client_link';
      actorId: string | null;
      role: Principal['role'];
      uploadLinkId?: string;
    },
    context: RequestContext,
  ): Promise<DocumentFile> {
    // Asked before the file streams, and again under lock when it is recorded.
    await this.policy
      .assert(this.db.manager, by.role, item.caseId, 'document.upload')
      .catch((error: unknown) => {
        request.resume();
        throw error;
      });
    const check = checkRequirementMove(item.status, 'receive', by.role, null);
    if (!check.allowed) {
      request.resume();
      throw new ConflictError(ErrorCode.RequirementMoveRefused, `A ${item.status} item takes no more files`, {
        status: item.status,
      });
    }
    const stored = await this.uploads.receive(request, `documents/${item.caseId}`);
    try {
      return await this.db.transaction((manager) => this.record(manager, item, stored, by, context));
    } catch (error) {
      await this.storage
        .delete(stored.storageKey)
        .catch((e) => this.logger.warn({ err: e }, 'could not remove an unrecorded upload'));
      throw error;
    }
  }

  private async record(
    manager: EntityManager,
    item: DocumentRequirement,
    stored: StoredUpload,
    by: {
      source: 'officer' | 'client_link';
      actorId: string | null;
      role: Principal['role'];
      uploadLinkId?: string;
    },
    context: RequestContext,
  ): Promise<DocumentFile> {
    await this.policy.assert(manager, by.role, item.caseId, 'document.upload');
    // Re-read under lock: the item may have been verified or waived while the file was streaming.
    const locked = await this.requirements.lock(manager, item.id);
    if (!checkRequirementMove(locked.status, 'receive', 'officer', null).allowed) {
      throw new ConflictError(
        ErrorCode.RequirementMoveRefused,
        `A ${locked.status} item takes no more files`,
        {
          status: locked.status,
        },
      );
    }
    const [same] = await manager.query(
      `SELECT id, requirement_id FROM document_files WHERE case_id = $1 AND sha256 = $2 LIMIT 1`,
      [item.caseId, stored.sha256],
    );
    if (same) {
      throw new ConflictError(ErrorCode.DuplicateFile, 'This exact file was already uploaded to this case', {
        fileId: same.id,
        requirementId: same.requirement_id,
      });
    }
    const inserted = await manager.getRepository(DocumentFile).insert({
      requirementId: item.id,
      caseId: item.caseId,
      storageKey: stored.storageKey,
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      mediaType: stored.mediaType,
      originalName: stored.originalName,
      source: by.source,
      uploadedBy: by.actorId,
      uploadLinkId: by.uploadLinkId ?? null,
    });
    const fileId = inserted.identifiers[0].id as string;
    await this.requirements.applyMove(manager, locked, 'received', 'receive', by.actorId, null);
    await this.audit.record(manager, {
      actorId: by.actorId,
      action: 'document.file_uploaded',
      entityType: 'document_file',
      entityId: fileId,
      context,
      details: {
        requirementId: item.id,
        caseId: item.caseId,
        source: by.source,
        sizeBytes: stored.sizeBytes,
        mediaType: stored.mediaType,
        sha256: stored.sha256,
      },
    });
    return manager.getRepository(DocumentFile).findOneOrFail({ where: { id: fileId } });
  }

  async list(
    principal: Principal,
    filter: { requirementId?: string; caseId?: string },
  ): Promise<{ data: DocumentFile[]; total: number }> {
    const scope = caseInScope(principal, 'f.case_id');
    const qb = this.db
      .getRepository(DocumentFile)
      .createQueryBuilder('f')
      .where(scope.sql, scope.params)
      .orderBy('f.createdAt', 'DESC')
      .take(500);
    if (filter.requirementId)
      qb.andWhere('f.requirementId = :requirementId', { requirementId: filter.requirementId });
    if (filter.caseId) qb.andWhere('f.caseId = :caseId', { caseId: filter.caseId });
    const data = await qb.getMany();
    return { data, total: data.length };
  }

  /** The file's bytes for someone who may see the case; every download is in the audit log. */
  async open(
    principal: Principal,
    fileId: string,
    context: RequestContext,
  ): Promise<{ file: DocumentFile; body: Readable }> {
    const scope = caseInScope(principal, 'f.case_id');
    const file = await this.db
      .getRepository(DocumentFile)
      .createQueryBuilder('f')
      .addSelect('f.storageKey')
      .where('f.id = :fileId', { fileId })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!file)
      throw await missingOrOutOfScope(this.db.manager, {
        table: 'document_files',
        entity: 'Document file',
        entityType: 'document_file',
        id: fileId,
      });
    const body = await getStoredOrNotFound(this.storage, file.storageKey, 'Document file');
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'document.file_downloaded',
      entityType: 'document_file',
      entityId: file.id,
      context,
      details: { caseId: file.caseId, requirementId: file.requirementId },
    });
    return { file, body };
  }
}
