import { ROLES, type Role } from '@accord/contracts';

/**
 * Pages of the dashboard that are no React-admin resource, and the roles that open them, as data beside
 * contracts' `canAccess` (which knows resources only). The API declares the same roles on the routes each
 * page calls; what a role sees on a page (whose reminders) stays the API's business.
 */
const PAGE_ROLES = {
  /** The reminders addressed to me, and my notifications: everyone has some. */
  'my-reminders': ROLES,
  notifications: ROLES,
  /** How my own reminders reach me. */
  'my-settings': ROLES,
  /** How creditors answer the proposals: a manager's team's, or the firm's. */
  'creditor-report': ['manager', 'admin'],
  /** The firm's reminder settings (everyone may read them; only administrators change them). */
  'reminder-settings': ['admin'],
  /** The firm's case rules: managers decide how their officers close cases; admins too. */
  'case-settings': ['manager', 'admin'],
  /** The firm's sign-in rules: idle timeout, session lifetime, a second factor for officers. */
  'security-settings': ['admin'],
  /** The firm's court holidays and working weekend days, which court deadlines are counted on. */
  'court-calendar': ['admin'],
  /** Deliveries that failed, across the firm. */
  'failed-deliveries': ['admin'],
  /** bull-board, the background queues' monitor. */
  'queue-board': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type DashboardPage = keyof typeof PAGE_ROLES;

export function canOpen(role: Role | undefined, page: DashboardPage): boolean {
  if (!role) return false;
  return (PAGE_ROLES[page] as readonly Role[]).includes(role);
}
