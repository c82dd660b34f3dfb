import { describeReminderDelivery } from './support/reminder-delivery-scenarios';

describeReminderDelivery('postgres');
