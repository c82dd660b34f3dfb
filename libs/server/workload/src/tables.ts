/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 * (The trigger-kept figures it reports, case_counts and case_stage_stays, are cases'.)
 */
export const WORKLOAD_TABLES = ['workload_snapshots'] as const;
