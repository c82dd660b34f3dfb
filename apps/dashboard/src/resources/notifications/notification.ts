import type { Schema } from '../../providers/api';

/** One of my notifications (the bell), as `GET /notifications` lists them, newest first. */
export type NotificationRecord = Schema<'Notification'>;

/** The case tab where the work a notification asks for is done. */
const TAB_BY_KIND: Partial<Record<string, string>> = {
  installment_due: 'repayment',
  installment_missed: 'repayment',
  document_due: 'documents',
  document_overdue: 'documents',
  follow_up: 'contacts',
};

/**
 * Where a notification leads: its case, on the tab of the work it asks for (a late paper opens the
 * documents); nowhere for one about no case (the morning digest).
 */
export function notificationTarget(notification: Pick<NotificationRecord, 'kind' | 'caseId'>): string | null {
  if (!notification.caseId) return null;
  const tab = TAB_BY_KIND[notification.kind];
  const show = `/cases/${encodeURIComponent(notification.caseId)}/show`;
  return tab ? `${show}/${tab}` : show;
}

/** The badge's figure: exact up to 99, then "99+" (the badge's own limit). */
export const UNREAD_BADGE_MAX = 99;

/** How often the bell asks for the unread count while the page is open. */
export const UNREAD_POLL_MS = 30_000;
