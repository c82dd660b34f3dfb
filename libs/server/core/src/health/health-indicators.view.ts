import { ApiProperty } from '@nestjs/swagger';

// What each health indicator reports when it is up, as terminus nests it under its key.

/** A one-value enum: the plugin reads a lone literal as any string. */
const Up = () => ApiProperty({ enum: ['up'] });

export class DatabaseHealthView {
  @Up()
  status!: 'up';
}

/** One queue: jobs by state, and how late its most overdue delayed job is (no worker promotes jobs). */
export class QueueDepthView {
  waiting!: number;
  active!: number;
  delayed!: number;
  failed!: number;
  /** Milliseconds past its time of the delayed job most overdue; 0 when none is. */
  oldestOverdueDelayedMs!: number;
}

export class QueueDepthsView {
  users!: QueueDepthView;
  reminders!: QueueDepthView;
}

/** The queue backend; its top-level counts are the users queue's, kept for monitors that read them there. */
export class QueueHealthView extends QueueDepthView {
  @Up()
  status!: 'up';
  backend!: 'redis' | 'postgres';
  queues!: QueueDepthsView;
}

/** Reminders due and still scheduled in PostgreSQL, whatever the queue says. */
export class ReminderHealthView {
  @Up()
  status!: 'up';
  overdue!: number;
  /** Overdue by more than the grace: none while up. */
  overdueBeyondGrace!: number;
  /** The due time of the most overdue one; null when none is. */
  oldestDueAt!: Date | null;
  /** How late a reminder may be before it counts as not sent: two reconcile intervals and a minute. */
  graceSeconds!: number;
}

/** What the reconciler's last run did. */
export class ReconcileRunView {
  /** Reminders it put back in the queue. */
  scheduled!: number;
  /** Job schedulers it found missing and put back, `<queue>/<id>`. */
  restoredSchedulers!: string[];
}

/** The workers, as PostgreSQL and the queue's schedulers see them. */
export class WorkerHealthView {
  @Up()
  status!: 'up';
  /** False until a worker has run once (a fresh install): nothing counts as missing before that. */
  workerSeen!: boolean;
  /** Job schedulers absent from the queue, `<queue>/<id>`. */
  schedulersMissing!: string[];
  lastReconcileStartedAt!: Date | null;
  lastReconcileFinishedAt!: Date | null;
  lastReconcile!: ReconcileRunView | null;
}

/** The indicators by key: readiness asks only the database. */
export class HealthIndicatorsView {
  database?: DatabaseHealthView;
  queue?: QueueHealthView;
  reminders?: ReminderHealthView;
  workers?: WorkerHealthView;
}
