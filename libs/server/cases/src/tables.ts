/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 */
export const CASES_TABLES = [
  'cases',
  'debts',
  'case_events',
  'case_settings',
  'case_counts',
  'case_stage_stays',
] as const;
