/** The firm's reminder settings. Times are HH:mm on the firm's clock (timeZone). */
export class ReminderSettings {
  /**
   * Client reminders falling between quietStart and quietEnd wait until the quiet ends.
   * @example "21:00"
   */
  quietStart!: string;
  /** @example "08:00" */
  quietEnd!: string;
  /**
   * The time of day staff reminders are due.
   * @example "09:00"
   */
  staffTime!: string;
  /**
   * The time of day client reminders are due.
   * @example "10:00"
   */
  clientTime!: string;
  /**
   * When each officer's morning digest goes out.
   * @example "08:30"
   */
  digestTime!: string;
  /**
   * Days without activity after which an open case is reminded to its officer as stale.
   * @example 14
   */
  staleAfterDays!: number;
  /** How reminders reach clients. */
  clientChannels!: ('email' | 'sms')[];
  /** Sent back with a change: a change made on an older version answers 409. */
  version!: number;
  updatedAt!: Date;
  /**
   * The firm's time zone, a deployment setting that is not changed here.
   * @example "Asia/Taipei"
   */
  timeZone!: string;
}
