import { describeReminderQueue } from './support/reminder-scenarios';

describeReminderQueue('postgres');
