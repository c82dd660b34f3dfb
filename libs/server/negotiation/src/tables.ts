/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 */
export const NEGOTIATION_TABLES = [
  'contacts',
  'financial_statements',
  'living_minimums',
  'proposals',
  'repayment_plans',
  'installments',
  'payments',
  'payment_allocations',
  'payment_proofs',
] as const;
