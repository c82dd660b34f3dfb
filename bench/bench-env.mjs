import { createRequire } from 'node:module';

// The bench reuses the built rules rather than restating them (npm run build first).
const require = createRequire(import.meta.url);
export const domain = require('../dist/apps/api/libs/domain/src/index.js');
export const contracts = require('../dist/apps/api/libs/contracts/src/index.js');
export const core = require('../dist/apps/api/libs/server/core/src/index.js');
export const documents = require('../dist/apps/api/libs/server/documents/src/index.js');

// Fixed, public bench keys and password: the bench firm is synthetic and lives only on this machine.
export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_KEYS = {
  FIELD_ENCRYPTION_KEYS: `b1:${Buffer.alloc(32, 3).toString('base64')}`,
  FIELD_HASH_KEY: Buffer.alloc(32, 4).toString('base64'),
};

export function benchDatabaseUrl(database = 'accord_bench') {
  const url = new URL(process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}
