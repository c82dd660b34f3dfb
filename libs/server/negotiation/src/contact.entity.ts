import type { ContactChannel, ContactParty } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'contacts' })
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid', nullable: true })
  debtId!: string | null;

  @Column({ type: 'text' })
  party!: ContactParty;

  @Column({ type: 'text' })
  channel!: ContactChannel;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  person!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** When to call again; the reminders of [5/6] are built from it. */
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
