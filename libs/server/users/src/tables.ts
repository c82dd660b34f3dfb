/**
 * The tables this library owns: only its own code reads or writes them in SQL; other features go
 * through what it exports. Checked by libs/server/testing/src/__tests__/table-ownership.spec.ts.
 */
export const USERS_TABLES = [
  'users',
  'teams',
  'sign_in_failures',
  'recovery_codes',
  'sessions',
  'refresh_tokens',
  'security_settings',
] as const;
