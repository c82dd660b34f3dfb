import { dataSourceOptions, grantRuntimeRole } from '@accord/server-core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const TEST_DATABASE_ADMIN_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Test databases are laid out as production's: the owner role migrates and owns every table, and the
 * API and worker run as a runtime role with only the grants `cli.js migrate` gives, so every suite runs
 * on the real privileges. Roles are cluster-wide, shared by all test databases; test-only passwords.
 */
export const TEST_OWNER_ROLE = 'accord_test_owner';
export const TEST_RUNTIME_ROLE = 'accord_test_app';
const TEST_ROLE_PASSWORD = 'accord-test-only';

export interface TestDatabase {
  name: string;
  /** The runtime role's URL: the API's and worker's DATABASE_URL. */
  url: string;
  /** The owner's URL: DATABASE_MIGRATION_URL, and what a test uses to do what the runtime may not. */
  ownerUrl: string;
  drop(): Promise<void>;
}

function urlFor(database: string, role?: string): string {
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role;
    url.password = TEST_ROLE_PASSWORD;
  }
  return url.toString();
}

/** Creates the role unless it is there; two test files may race to create it, and both must go on. */
async function ensureRole(admin: Client, role: string): Promise<void> {
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
  if (rowCount) return;
  try {
    await admin.query(
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${TEST_ROLE_PASSWORD}'`,
    );
  } catch (error) {
    // duplicate_object, or unique_violation when the other CREATE committed in the same instant.
    const code = (error as { code?: string }).code;
    if (code !== '42710' && code !== '23505') throw error;
  }
}

/**
 * Each test file gets a database of its own, migrated from scratch, so files never see each other's rows.
 * With `migrate: false` it is left empty (owned by the owner role) for a test that migrates it itself.
 */
export async function createTestDatabase(
  label: string,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `accord_t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
  await admin.connect();
  try {
    await ensureRole(admin, TEST_OWNER_ROLE);
    await ensureRole(admin, TEST_RUNTIME_ROLE);
    await admin.query(`CREATE DATABASE ${name} OWNER ${TEST_OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  if (options.migrate !== false) await migrateAndGrant(name);
  return {
    name,
    url: urlFor(name, TEST_RUNTIME_ROLE),
    ownerUrl: urlFor(name, TEST_OWNER_ROLE),
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

/** What `cli.js migrate` does, as the owner: the migrations, then the runtime role's grants. */
async function migrateAndGrant(name: string): Promise<void> {
  const db = new DataSource({
    ...dataSourceOptions({
      DATABASE_URL: urlFor(name, TEST_OWNER_ROLE),
      DATABASE_POOL_MAX: 2,
      DATABASE_STATEMENT_TIMEOUT_MS: 30000,
    }),
  });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const runner = db.createQueryRunner();
    try {
      // Test files run either queue backend, so the runtime role may create BullMQ's schema here.
      await grantRuntimeRole((sql, parameters) => runner.query(sql, parameters), {
        role: TEST_RUNTIME_ROLE,
        queueOnPostgres: true,
      });
    } finally {
      await runner.release();
    }
  } finally {
    await db.destroy();
  }
}
