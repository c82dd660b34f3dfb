import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One thing someone did (or was refused), written in the same transaction as the change it records. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  /**
   * A bigint, sent as a string so no reader loses digits; entries are numbered in the order written.
   * @example "10423"
   */
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  /** @example "2025-06-02T01:15:00.000Z" */
  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  /** Who did it; null for the system (the worker) or someone not signed in (a failed sign-in). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /**
   * What was done, named `<subject>.<event>`.
   * @example "case.stage_changed"
   */
  @Column({ type: 'text' })
  action!: string;

  /** @example "case" */
  @Column({ type: 'text', nullable: true })
  entityType!: string | null;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  /** What the entry is about when there is no row to point at, e.g. the e-mail of a failed sign-in. */
  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  /** The request's id, as in the logs. */
  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  /** Free-form by design, its keys depend on the action (often `before`/`after`); secrets are never kept. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
