/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 */
export const CREDIT_RECORD_TABLES = [
  'credit_display_rules',
  'credit_report_entries',
  'credit_disputes',
  'credit_dispute_evidence',
  'credit_record_reviews',
] as const;
