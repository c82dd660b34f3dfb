import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Called in the withdrawal's transaction with the client's open cases. */
export type ConsentWithdrawnHandler = (
  manager: EntityManager,
  caseIds: string[],
  actorId: string,
) => Promise<void>;

/**
 * What other features stop when a client withdraws consent (PIPL), in the same transaction: e.g.
 * documents revokes the client's upload links. Features register here; clients never imports them.
 */
@Injectable()
export class ClientHooks {
  private readonly consentWithdrawn: ConsentWithdrawnHandler[] = [];

  onConsentWithdrawn(handler: ConsentWithdrawnHandler): void {
    this.consentWithdrawn.push(handler);
  }

  async withdrewConsent(manager: EntityManager, caseIds: string[], actorId: string): Promise<void> {
    for (const handler of this.consentWithdrawn) await handler(manager, caseIds, actorId);
  }
}
