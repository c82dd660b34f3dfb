export * from './shown-until';
export * from './relief-2025';
export * from './dispute-dates';
