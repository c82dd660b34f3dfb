import { dataSourceOptions } from '@accord/server-core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const TEST_DATABASE_ADMIN_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Each test file gets a database of its own, migrated from scratch, so files never see each other's rows. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `accord_t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = new DataSource({
    ...dataSourceOptions({
      DATABASE_URL: url.toString(),
      DATABASE_POOL_MAX: 2,
      DATABASE_STATEMENT_TIMEOUT_MS: 30000,
    }),
  });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
