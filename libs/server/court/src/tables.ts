/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 */
export const COURT_TABLES = [
  'court_matters',
  'court_matter_debts',
  'court_events',
  'court_event_documents',
  'creditor_demands',
  'court_calendar_days',
  'calendar_feeds',
] as const;
