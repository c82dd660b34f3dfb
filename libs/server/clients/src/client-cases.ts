import type { Principal, SqlCondition } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What clients needs of a client's cases. Cases owns them and imports clients, so clients may not
 * import cases: cases provides this when its module starts (CasesModule), and clients asks through it.
 */
export interface ClientCasesSource {
  /** Whether the client `clientId` (a column) has a case the caller may see, as a condition. */
  visibleThroughCase(principal: Principal, clientId: string): SqlCondition;
  /** The client's cases that are not closed. */
  openCaseIds(manager: EntityManager, clientId: string): Promise<string[]>;
  /** Writes on each case's timeline that the client withdrew consent, with what that stopped. */
  recordConsentWithdrawn(
    manager: EntityManager,
    caseIds: string[],
    actorId: string,
    details: Record<string, unknown>,
  ): Promise<void>;
}

@Injectable()
export class ClientCases implements ClientCasesSource {
  private source: ClientCasesSource | null = null;

  provide(source: ClientCasesSource): void {
    if (this.source) throw new Error('The cases of clients are provided twice');
    this.source = source;
  }

  /** Fails loudly rather than answer "no cases": a client's scope without them would be too narrow. */
  private get cases(): ClientCasesSource {
    if (!this.source) throw new Error('No one provides the cases of clients: import CasesModule');
    return this.source;
  }

  visibleThroughCase(principal: Principal, clientId: string): SqlCondition {
    return this.cases.visibleThroughCase(principal, clientId);
  }

  openCaseIds(manager: EntityManager, clientId: string): Promise<string[]> {
    return this.cases.openCaseIds(manager, clientId);
  }

  recordConsentWithdrawn(
    manager: EntityManager,
    caseIds: string[],
    actorId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.cases.recordConsentWithdrawn(manager, caseIds, actorId, details);
  }
}
