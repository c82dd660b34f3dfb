import { describeReminderQueue } from './support/reminder-scenarios';

describeReminderQueue('redis');
