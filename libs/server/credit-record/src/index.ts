export * from './credit-record.module';
export * from './credit-record-reminders.module';
export * from './credit-reminder-kinds';
export * from './tables';
export * from './credit-disputes.sql';
export * from './seed/demo-credit-record.seed';
export * from './credit-record-summary';
