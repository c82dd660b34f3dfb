import type { Role } from './roles';

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];
export const RESOURCES = [
  'users',
  'teams',
  'audit-log',
  'clients',
  'creditors',
  'cases',
  'debts',
  'living-minimums',
  'lpr-rates',
] as const;
export type Resource = (typeof RESOURCES)[number];

/** Clients receive resource and action names as plain strings (e.g. from React-admin): narrow them here. */
export const isAction = (name: string): name is Action => (ACTIONS as readonly string[]).includes(name);
export const isResource = (name: string): name is Resource => (RESOURCES as readonly string[]).includes(name);

/**
 * What each role may do with each resource, as data. The dashboard builds its menu from it and the API
 * declares the same roles on its routes; object-level checks (whose record) stay on the server.
 */
const ANY: readonly Role[] = ['officer', 'manager', 'admin'];

const MATRIX: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  // Managers read their own team's people (to filter and assign work); only admins change them.
  users: { list: ['admin', 'manager'], show: ['admin', 'manager'], create: ['admin'], edit: ['admin'] },
  teams: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'], delete: ['admin'] },
  'audit-log': { list: ['admin'], show: ['admin'] },
  // Whose clients and cases a role sees is decided by the server; every role works with its own.
  clients: { list: ANY, show: ANY, create: ANY, edit: ANY },
  creditors: { list: ANY, show: ANY, create: ['admin'], edit: ['admin'] },
  cases: { list: ANY, show: ANY, create: ANY, edit: ANY },
  debts: { list: ANY, show: ANY, create: ANY, edit: ANY, delete: ANY },
  // The living minimum per region: every statement may name one; only admins keep the figures.
  'living-minimums': { list: ANY, show: ANY, create: ['admin'], edit: ['admin'] },
  // The dated LPR table: every debt's 4 × LPR check cites it; only admins keep it.
  'lpr-rates': { list: ANY, show: ANY, create: ['admin'], edit: ['admin'], delete: ['admin'] },
};

export function canAccess(role: Role | undefined, query: { action: Action; resource: Resource }): boolean {
  if (!role) return false;
  return MATRIX[query.resource]?.[query.action]?.includes(role) ?? false;
}
