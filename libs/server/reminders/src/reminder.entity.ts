import type { ReminderRecipient, ReminderStatus } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'reminders' })
export class Reminder {
  /** @example "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a" */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** installment_due, document_overdue, morning_digest…: later features add kinds of their own. */
  @Column({ type: 'text' })
  kind!: string;

  /** Null for reminders about no one case (the morning digest). */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The kind of row whose change causes the reminder (installment, document_requirement, contact, case, user…). */
  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** Tells the subject's reminders of one kind apart (e.g. client-3d, officer+1d). */
  @Column({ type: 'text' })
  slot!: string;

  @Column({ type: 'text' })
  recipient!: ReminderRecipient;

  /** Set for reminders to one person by name (the morning digest); otherwise who gets it is resolved when it fires. */
  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  /** @example "2026-12-07T02:00:00.000Z" */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text' })
  status!: ReminderStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Facts the message needs, free-form by kind (reference, amount, date…). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** A client reminder that fell in quiet hours waits until then. */
  @Column({ type: 'timestamptz', nullable: true })
  heldUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt!: Date | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;
}
