import type { Principal, SqlCondition } from '@accord/server-core';
import { officerScope } from '@accord/server-users';

/**
 * Whether the case `caseId` (a column or placeholder) is one the caller may see: records hanging on a
 * case are in scope exactly when their case is. Outside it they are treated as absent (404).
 */
export function caseInScope(principal: Principal, caseId: string): SqlCondition {
  const scope = officerScope(principal, 'sc.officer_id');
  return {
    sql: `EXISTS (SELECT 1 FROM cases sc WHERE sc.id = ${caseId} AND ${scope.sql})`,
    params: scope.params,
  };
}

/** Whether the client `clientId` (a column or placeholder) has a case the caller may see. */
export function clientHasCaseInScope(principal: Principal, clientId: string): SqlCondition {
  const scope = officerScope(principal, 'sc.officer_id');
  return {
    sql: `EXISTS (SELECT 1 FROM cases sc WHERE sc.client_id = ${clientId} AND ${scope.sql})`,
    params: scope.params,
  };
}
