import type { ClientCasesSource } from '@accord/server-clients';
import { clientHasCaseInScope } from './case-scope.sql';

/** What cases tells clients of a client's cases (provided to ClientCases by CasesModule). */
export const clientCasesSource: ClientCasesSource = {
  visibleThroughCase: clientHasCaseInScope,

  async openCaseIds(manager, clientId) {
    const cases: { id: string }[] = await manager.query(
      `SELECT id FROM cases WHERE client_id = $1 AND stage <> 'closed'`,
      [clientId],
    );
    return cases.map((c) => c.id);
  },

  // The event only, as clients wrote it before: recordCaseEvent would also touch last_activity_at.
  async recordConsentWithdrawn(manager, caseIds, actorId, details) {
    for (const caseId of caseIds)
      await manager.query(
        `INSERT INTO case_events (case_id, actor_id, kind, details) VALUES ($1, $2, 'client.consent_withdrawn', $3)`,
        [caseId, actorId, details],
      );
  },
};
