import type { Principal, SqlCondition } from '@accord/server-core';

// Here, not in core: a manager's scope is the members of their team, which only users may read.

/**
 * Whose records a caller may see, as a condition on an officer column: an officer their own, a manager
 * their team's, an admin all. Records outside it are treated as absent (404), never as forbidden.
 */
export function officerScope(principal: Principal, officerColumn: string): SqlCondition {
  switch (principal.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'manager':
      return principal.teamId
        ? {
            sql: `${officerColumn} IN (SELECT u.id FROM users u WHERE u.team_id = :scopeTeamId)`,
            params: { scopeTeamId: principal.teamId },
          }
        : { sql: 'FALSE', params: {} };
    case 'officer':
      return { sql: `${officerColumn} = :scopeUserId`, params: { scopeUserId: principal.id } };
  }
}
