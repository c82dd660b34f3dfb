/** Reminder kinds known today; later features (court events, credit disputes) add theirs. Never renamed. */
export const REMINDER_KINDS = [
  'installment_due',
  'installment_missed',
  'document_due',
  'document_overdue',
  'follow_up',
  'stale_case',
  'morning_digest',
  'credit_dispute_due',
  'credit_dispute_overdue',
  'hearing_upcoming',
  'hearing_client',
  'court_deadline_due',
  'court_deadline_passed',
] as const;
export type KnownReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_STATUSES = ['scheduled', 'sent', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** Who a reminder is for; the person is resolved when it fires (a reassigned case reminds its new officer). */
export const REMINDER_RECIPIENTS = ['client', 'officer', 'manager'] as const;
export type ReminderRecipient = (typeof REMINDER_RECIPIENTS)[number];

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DELIVERY_STATUSES = ['sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
