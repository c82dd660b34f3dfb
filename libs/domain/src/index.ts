export * from './dates';
export * from './id-number';
export * from './money';
export * from './overdue-bucket';
export * from './penalty';
export * from './sign-in-throttle';
export * from './stage-machine';
export * from './document-checklist';
