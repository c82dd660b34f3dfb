export * from './court.module';
export * from './court-reminders.module';
export * from './court-reminder-kinds';
export * from './tables';
export * from './seed/demo-court.seed';
