import type { Role } from './roles';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete';
export type Resource = 'users' | 'teams' | 'audit-log';

/**
 * What each role may do with each resource, as data. The dashboard builds its menu from it and the API
 * declares the same roles on its routes; object-level checks (whose record) stay on the server.
 */
const MATRIX: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  users: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'] },
  teams: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'], delete: ['admin'] },
  'audit-log': { list: ['admin'], show: ['admin'] },
};

export function canAccess(role: Role | undefined, query: { action: Action; resource: Resource }): boolean {
  if (!role) return false;
  return MATRIX[query.resource]?.[query.action]?.includes(role) ?? false;
}
