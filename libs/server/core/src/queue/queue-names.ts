/** Queue names are stored with every job: values are never renamed. */
export enum QueueName {
  Users = 'users',
  Reminders = 'reminders',
  ReminderSweeps = 'reminder-sweeps',
  Workload = 'workload',
}
