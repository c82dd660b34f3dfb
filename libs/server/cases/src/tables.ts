/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 *
 * case_counts and case_stage_stays are figures of cases, kept by triggers on cases in the same
 * transaction as each change to a case (and deleted with it): cases' list reads its totals from the
 * first, and workload composes cases' SQL over both (openCasesByStagePerOfficerSql,
 * medianDaysPerStageSql).
 */
export const CASES_TABLES = [
  'cases',
  'debts',
  'case_events',
  'case_settings',
  'case_counts',
  'case_stage_stays',
] as const;
