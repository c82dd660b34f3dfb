/** Queue names are stored with every job: values are never renamed. */
export enum QueueName {
  Users = 'users',
  Reminders = 'reminders',
  ReminderSweeps = 'reminder-sweeps',
  Workload = 'workload',
}

/**
 * The job schedulers the worker keeps (ids are stored in the queue: never renamed). The worker puts
 * back any the queue lost; health reports any missing.
 */
export enum JobSchedulerId {
  StaleCases = 'stale-cases',
  MorningDigest = 'morning-digest',
  FirmSnapshot = 'firm-snapshot',
}

export const JOB_SCHEDULERS: readonly { queue: QueueName; id: JobSchedulerId }[] = [
  { queue: QueueName.ReminderSweeps, id: JobSchedulerId.StaleCases },
  { queue: QueueName.ReminderSweeps, id: JobSchedulerId.MorningDigest },
  { queue: QueueName.Workload, id: JobSchedulerId.FirmSnapshot },
];

/** Periodic work the workers claim per interval in PostgreSQL (maintenance_runs.name: never renamed). */
export enum MaintenanceRunName {
  ReminderReconcile = 'reminder-reconcile',
}
