import type { Resource } from '@accord/contracts';
import type { ResourceProps } from 'react-admin';
import auditLog from './audit-log';
import cases from './cases';
import clients from './clients';
import creditors from './creditors';
import livingMinimums from './living-minimums';
import lprRates from './lpr-rates';
import teams from './teams';
import users from './users';

/**
 * Every resource the dashboard has views for, in menu order: the daily work first, administration last.
 * Partial: the API may offer a resource before the dashboard shows it (debts are worked on the case page).
 */
export const RESOURCES: Partial<Record<Resource, Omit<ResourceProps, 'name'>>> = {
  cases,
  clients,
  creditors,
  'living-minimums': livingMinimums,
  'lpr-rates': lprRates,
  users,
  teams,
  'audit-log': auditLog,
};
