import { ErrorCode, type CaseEventKind } from '@accord/contracts';
import { recordCaseEvent } from '@accord/server-cases';
import {
  AuditService,
  StaleVersionError,
  UnprocessableError,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { filesOfCase } from '@accord/server-documents';
import type { EntityManager } from 'typeorm';

/** An UPDATE guarded by the version read: 409 when someone else changed the row first. */
export async function versionedUpdate(
  manager: EntityManager,
  table: 'court_matters' | 'court_events',
  entity: string,
  id: string,
  version: number,
  current: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const fields = Object.keys(changes);
  const [rows]: [unknown[]] = await manager.query(
    `UPDATE ${table} SET ${[...fields.map((f, i) => `${f} = $${i + 3}`), 'updated_at = now()', 'version = version + 1'].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, ...fields.map((f) => changes[f])],
  );
  if (rows.length === 0) throw new StaleVersionError(entity, current);
}

/** The files named must be the case's own documents (422 FILE_NOT_IN_CASE otherwise). */
export async function requireFilesOfCase(
  manager: EntityManager,
  caseId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  const found = await filesOfCase(manager, caseId, fileIds);
  if (fileIds.some((f) => !found.has(f)))
    throw new UnprocessableError(ErrorCode.FileNotInCase, 'A file is not one of this case’s documents', {
      field,
    });
}

/** A court change on the case's timeline and in the audit log, in the change's transaction. */
export async function recordCourtChange(
  manager: EntityManager,
  audit: AuditService,
  principal: Principal,
  context: RequestContext,
  change: {
    caseId: string;
    kind: Extract<CaseEventKind, `court_${string}` | `creditor_demand.${string}`>;
    entityType: 'court_matter' | 'court_event' | 'creditor_demand';
    entityId: string;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await recordCaseEvent(manager, change.caseId, principal.id, change.kind, {
    [`${change.entityType === 'court_matter' ? 'matter' : change.entityType === 'court_event' ? 'event' : 'demand'}Id`]:
      change.entityId,
    ...change.details,
  });
  await audit.record(manager, {
    actorId: principal.id,
    action: change.kind,
    entityType: change.entityType,
    entityId: change.entityId,
    context,
  });
}
