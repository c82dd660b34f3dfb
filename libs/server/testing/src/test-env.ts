import { randomBytes } from 'node:crypto';

/** Fixed test keys: tests need stable hashes across the app and direct SQL checks, never real secrets. */
export const TEST_FIELD_KEYS = {
  FIELD_ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
  FIELD_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
};

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestEnvOptions {
  databaseUrl: string;
  queue?: 'redis' | 'postgres';
  overrides?: Record<string, string>;
}

/**
 * Sets the environment the server's config reads at boot. Queue keys get a prefix of their own so test
 * files sharing one Redis never touch each other's jobs.
 */
export function setTestEnv(options: TestEnvOptions): { queuePrefix: string } {
  const queuePrefix = `t${randomBytes(5).toString('hex')}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    QUEUE_PREFIX: queuePrefix,
    DATABASE_POOL_MAX: '4',
    // Suites sign in once and go on for minutes under load; refreshing is tested on its own.
    JWT_TTL_SECONDS: '1800',
    ...TEST_FIELD_KEYS,
  });
  if ((options.queue ?? 'redis') === 'redis') process.env.REDIS_URL = TEST_REDIS_URL;
  else delete process.env.REDIS_URL;
  Object.assign(process.env, options.overrides);
  return { queuePrefix };
}
