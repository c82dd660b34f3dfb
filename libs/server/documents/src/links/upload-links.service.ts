import { ErrorCode } from '@accord/contracts';
import type { Locale } from '@accord/contracts';
import { calendarDateIn, casePolicy } from '@accord/domain';
import { CasePolicyService, CasesService } from '@accord/server-cases';
import {
  APP_CONFIG,
  AppError,
  AuditService,
  NotFoundError,
  RateLimiter,
  refusedWithItsCase,
  type AppConfig,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentFilesService } from '../document-files.service';
import { DocumentRequirement } from '../document-requirement.entity';
import { DocumentTemplate } from '../document-template.entity';
import { CreatedUploadLink, UploadLinkPage } from '../views/upload-link.view';
import { PublicUploadLink, PublicUploadReceipt } from '../views/public-upload.view';
import { uploadLinkMessages } from './document-kind-names';

/** The items a client still may send files to (a received one awaits the officer's check). */
const OUTSTANDING = ['requested', 'rejected', 'received'] as const;
const isOutstanding = (
  item: DocumentRequirement,
): item is DocumentRequirement & { status: (typeof OUTSTANDING)[number] } =>
  (OUTSTANDING as readonly string[]).includes(item.status);
const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

interface LinkRow {
  id: string;
  case_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Links that let a client upload without an account: a random token shown once and kept only as a hash,
 * an expiry, revocation, and rate limits. A token opens only its own case's outstanding items.
 */
@Injectable()
export class UploadLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly files: DocumentFilesService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: CasePolicyService,
  ) {}

  async create(
    principal: Principal,
    caseId: string,
    days: number,
    locale: Locale,
    context: RequestContext,
  ): Promise<CreatedUploadLink> {
    await this.cases.get(principal, caseId);
    if (days > this.config.UPLOAD_LINK_MAX_DAYS) {
      throw new AppError(
        400,
        ErrorCode.ValidationFailed,
        `A link lasts at most ${this.config.UPLOAD_LINK_MAX_DAYS} days`,
        {
          fields: [{ field: 'expiresInDays', problems: [`at most ${this.config.UPLOAD_LINK_MAX_DAYS}`] }],
        },
      );
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + days * 86_400_000);
    const [row] = await this.db.transaction(async (manager) => {
      await this.policy.assert(manager, principal.role, caseId, 'upload_link.create');
      const inserted = await manager.query(
        `INSERT INTO upload_links (case_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [caseId, hashToken(token), principal.id, expiresAt],
      );
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'upload_link.created',
        entityType: 'upload_link',
        entityId: inserted[0].id,
        context,
        details: { caseId, expiresAt },
      });
      return inserted;
    });
    const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/upload/#${token}`;
    const missing = await this.db
      .getRepository(DocumentRequirement)
      .find({ where: { caseId }, order: { kind: 'ASC' } });
    const kinds = missing
      .filter((i) => i.status === 'requested' || i.status === 'rejected')
      .map((i) => i.kind);
    const until = calendarDateIn(expiresAt, this.config.FIRM_TIME_ZONE);
    return {
      id: row.id as string,
      token,
      url,
      expiresAt: expiresAt.toISOString(),
      messages: uploadLinkMessages(locale, url, until, kinds),
    };
  }

  async list(principal: Principal, caseId: string): Promise<UploadLinkPage> {
    await this.cases.get(principal, caseId);
    const rows = await this.db.query(
      `SELECT id, created_by AS "createdBy", created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
              last_used_at AS "lastUsedAt", upload_count AS "uploadCount",
              (revoked_at IS NULL AND expires_at > now()) AS active
         FROM upload_links WHERE case_id = $1 ORDER BY created_at DESC`,
      [caseId],
    );
    return { data: rows, total: rows.length };
  }

  async revoke(principal: Principal, linkId: string, context: RequestContext): Promise<void> {
    const [link] = await this.db.query(`SELECT id, case_id FROM upload_links WHERE id = $1`, [linkId]);
    if (!link) throw new NotFoundError('Upload link');
    await this.cases
      .get(principal, link.case_id)
      .catch(refusedWithItsCase('Upload link', 'upload_link', linkId));
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE upload_links SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $2) WHERE id = $1`,
        [linkId, principal.id],
      );
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'upload_link.revoked',
        entityType: 'upload_link',
        entityId: linkId,
        context,
      });
    });
  }

  /**
   * Closing a case, or the client withdrawing consent, ends the client's links: nothing more is asked
   * of them. The links' list shows them revoked, with when.
   */
  async revokeForCases(manager: EntityManager, caseIds: string[], actorId: string): Promise<number> {
    if (!caseIds.length) return 0;
    const [, count] = await manager.query(
      `UPDATE upload_links SET revoked_at = now(), revoked_by = $2
        WHERE case_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [caseIds, actorId],
    );
    return count;
  }

  /** What the client's page shows: the outstanding items of that case only, with their descriptions. */
  async publicView(token: string, ip: string | null): Promise<PublicUploadLink> {
    const link = await this.resolve(token, ip);
    const items = await this.db
      .getRepository(DocumentRequirement)
      .find({ where: { caseId: link.case_id }, order: { dueOn: 'ASC', kind: 'ASC' } });
    const templates = await this.db.getRepository(DocumentTemplate).find();
    return {
      expiresAt: link.expires_at.toISOString(),
      items: items.filter(isOutstanding).map((i) => ({
        id: i.id,
        kind: i.kind,
        status: i.status,
        dueOn: i.dueOn,
        rejectionReason: i.status === 'rejected' ? i.rejectionReason : null,
        descriptions: templates.find((t) => t.kind === i.kind)?.descriptions ?? null,
      })),
    };
  }

  async publicUpload(
    token: string,
    itemId: string,
    request: IncomingMessage,
    context: RequestContext,
  ): Promise<PublicUploadReceipt> {
    let link: LinkRow;
    try {
      link = await this.resolve(token, context.ip);
      await this.limiter.hit(`upload-link-files:${link.id}`, 60, 3600);
    } catch (error) {
      request.resume();
      throw error;
    }
    const item = await this.db
      .getRepository(DocumentRequirement)
      .findOne({ where: { id: itemId, caseId: link.case_id } });
    if (!item || !isOutstanding(item)) {
      request.resume();
      throw new NotFoundError('Document requirement');
    }
    const file = await this.files.accept(
      item,
      request,
      { source: 'client_link', actorId: null, role: 'officer', uploadLinkId: link.id },
      context,
    );
    await this.db.query(
      `UPDATE upload_links SET last_used_at = now(), upload_count = upload_count + 1 WHERE id = $1`,
      [link.id],
    );
    return { id: file.id, kind: item.kind, receivedAt: file.createdAt.toISOString() };
  }

  /** Unknown, expired and revoked tokens all look the same from outside: 404, after the rate limit. */
  private async resolve(token: string, ip: string | null): Promise<LinkRow> {
    await this.limiter.hit(
      `upload-link-ip:${ip ?? 'unknown'}`,
      this.config.UPLOAD_LINK_REQUESTS_PER_MINUTE,
      60,
    );
    if (!/^[A-Za-z0-9_-]{43}$/.test(token))
      throw new AppError(404, ErrorCode.LinkInvalid, 'This upload link is not valid');
    const [link] = await this.db.query(
      `SELECT id, case_id, expires_at, revoked_at FROM upload_links WHERE token_hash = $1`,
      [hashToken(token)],
    );
    if (!link || link.revoked_at || new Date(link.expires_at) <= new Date())
      throw new AppError(404, ErrorCode.LinkInvalid, 'This upload link is not valid');
    // A link outlives nothing the case policy stops (a closed case, withdrawn consent): from outside,
    // such a link looks like any other dead one.
    const facts = await this.policy.facts(this.db.manager, link.case_id, 'officer', false);
    if (!casePolicy.check('document.upload', facts).allowed)
      throw new AppError(404, ErrorCode.LinkInvalid, 'This upload link is not valid');
    return link;
  }
}
