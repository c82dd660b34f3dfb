import type { Resource } from '@accord/contracts';
import type { ResourceProps } from 'react-admin';
import auditLog from './audit-log';
import teams from './teams';
import users from './users';

/**
 * Every resource the dashboard has views for, in menu order. Partial: the API may offer a resource
 * before the dashboard shows it.
 */
export const RESOURCES: Partial<Record<Resource, Omit<ResourceProps, 'name'>>> = {
  users,
  teams,
  'audit-log': auditLog,
};
