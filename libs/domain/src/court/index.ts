export * from './court-calendar';
export * from './court-periods';
export * from './court-reminders';
export * from './litigation-risk';
