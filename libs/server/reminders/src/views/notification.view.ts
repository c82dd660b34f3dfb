/** A message in someone's bell, left there by a reminder that fired. */
export class Notification {
  /** @example "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c" */
  id!: string;
  /** The kind of the reminder that left it (installment_due, morning_digest…). */
  kind!: string;
  /** Null when it is about no one case (the morning digest). */
  caseId!: string | null;
  reminderId!: string | null;
  /** Worded in the reader's language when it was written. */
  title!: string;
  body!: string;
  /** Null while unread. */
  readAt!: Date | null;
  /** @example "2026-12-07T01:00:00.000Z" */
  createdAt!: Date;
}

/** One page of someone's notifications, newest first, and how many match in all. */
export class NotificationPage {
  data!: Notification[];
  total!: number;
}

export class NotificationUnreadCount {
  /** @example 3 */
  unread!: number;
}

export class NotificationsMarkedRead {
  /** How many were unread until now. */
  marked!: number;
}
