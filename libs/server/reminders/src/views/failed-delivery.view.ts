import type { NotificationChannel, ReminderStatus } from '@accord/contracts';

/** A delivery that did not get through: which reminder, by which channel, to whom, and why. */
export class FailedDelivery {
  /** @example "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a" */
  id!: string;
  /** @example "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a" */
  reminderId!: string;
  channel!: NotificationChannel;
  /** The address tried, masked; null for in-app deliveries. */
  address!: string | null;
  attempts!: number;
  /** The channel's last refusal, as it gave it. */
  lastError!: string | null;
  /** @example "2026-12-07T01:00:12.000Z" */
  updatedAt!: Date;
  /** The reminder's kind (installment_due, document_overdue…). */
  kind!: string;
  /** Null for reminders about no case (the morning digest). */
  caseId!: string | null;
  /** Where the reminder itself stands: a retried one is scheduled again. */
  reminderStatus!: ReminderStatus;
}

/** One page of failed deliveries, newest first, and how many there are in all. */
export class FailedDeliveryPage {
  data!: FailedDelivery[];
  total!: number;
}
