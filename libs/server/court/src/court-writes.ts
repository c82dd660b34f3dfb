import type { CaseEventKind } from '@accord/contracts';
import { recordCaseEvent } from '@accord/server-cases';
import type { AuditService, Principal, RequestContext } from '@accord/server-core';
import type { EntityManager } from 'typeorm';

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
