import { Reminder } from '../reminder.entity';

/** One page of reminders, and how many match in all. */
export class ReminderPage {
  data!: Reminder[];
  total!: number;
}
