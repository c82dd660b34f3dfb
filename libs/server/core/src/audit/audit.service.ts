import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { RequestContext } from '../auth/principal';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  /** What the entry is about when there is no row yet, e.g. the e-mail of a failed sign-in. */
  subject?: string;
  context?: RequestContext;
  details?: Record<string, unknown>;
}

const SECRET_FIELDS = new Set(['password', 'passwordHash', 'token', 'accessToken']);

/** Strips secrets from before/after snapshots so the audit log never stores them. */
export function auditSafe(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Pass the transaction's manager so the entry commits or rolls back with the change it records. */
  async record(manager: EntityManager | null, record: AuditRecord): Promise<string> {
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    // The id is the database's (an identity column TypeORM does not treat as generated): ask for it,
    // since callers key work on it (a sign-in's job id), and "undefined" would make every key the same.
    const result = await repository
      .createQueryBuilder()
      .insert()
      .values({
        actorId: record.actorId,
        action: record.action,
        entityType: record.entityType ?? null,
        entityId: record.entityId ?? null,
        subject: record.subject ?? null,
        ip: record.context?.ip ?? null,
        requestId: record.context?.requestId ?? null,
        details: auditSafe(record.details ?? {}) as never,
      })
      .returning(['id'])
      .execute();
    const id = (result.raw as { id?: unknown }[])[0]?.id;
    if (id === undefined || id === null) throw new Error('the audit log did not return the new entry’s id');
    return String(id);
  }
}
