import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of a case's timeline: who did what, when, with before/after of what changed. */
@Entity({ name: 'case_events' })
export class CaseEvent {
  /**
   * A bigint, sent as text.
   * @example "48213"
   */
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What happened: case.opened, case.stage_changed, debt.added, … (the contracts' CASE_EVENT_KINDS). */
  @Column({ type: 'text' })
  kind!: string;

  /** What the kind records: before/after of what changed, the reason given, names of who took over. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
