/**
 * The reminders the health check looks at, asked of the feature that owns them: core imports no feature,
 * so the reminders feature provides this token (as users provides PRINCIPAL_LOADER).
 */
export const OVERDUE_REMINDERS = Symbol('OVERDUE_REMINDERS');

export interface OverdueRemindersCount {
  /** Scheduled, not held, and past their time. */
  overdue: number;
  /** Of those, later than `graceSeconds`. */
  overdueBeyondGrace: number;
  oldestDueAt: Date | null;
}

export interface OverdueReminders {
  count(graceSeconds: number): Promise<OverdueRemindersCount>;
}
