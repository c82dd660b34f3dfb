import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of a case's timeline: who did what, when, with before/after of what changed. */
@Entity({ name: 'case_events' })
export class CaseEvent {
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
