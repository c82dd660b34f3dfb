import { grantRuntimeRole, RuntimeRoleError } from '@accord/server-core';
import {
  createTestDatabase,
  createUser,
  signIn,
  TEST_FIELD_KEYS,
  TEST_OWNER_ROLE,
  TEST_REDIS_URL,
  TEST_RUNTIME_ROLE,
} from '@accord/server-testing';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

const api = useApiApp('db_roles');
const cli = resolve(__dirname, '../..', 'dist/apps/api/apps/api/src/cli.js');

async function connected<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement failed with, or 'ok'. */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function runCli(
  env: Record<string, string>,
  command: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    let output = '';
    const child = spawn(process.execPath, [cli, command], {
      env: { PATH: process.env.PATH ?? '', JWT_SECRET: 'x'.repeat(40), ...TEST_FIELD_KEYS, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done({ code, output }));
  });
}

describe('the runtime database role', () => {
  it('is what the API runs as, and the API serves requests on it', async () => {
    const [{ user }] = await api.app.get(DataSource).query(`SELECT current_user AS user`);
    expect(user).toBe(TEST_RUNTIME_ROLE);
    const admin = await createUser(api.app, { role: 'admin' });
    const token = await signIn(api.app, admin.email);
    const created = await api
      .http()
      .post('/api/teams')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '權限測試組' })
      .expect(201);
    await api.http().get(`/api/teams/${created.body.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    const log = await api
      .http()
      .get('/api/audit-log')
      .query({ action: 'auth.signed_in' })
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(log.body.total).toBeGreaterThan(0);
    await api.http().get('/api/health').expect(200);
  });

  it('can neither rewrite the audit log nor switch off its triggers, nor change the schema', async () => {
    await connected(api.database.url, async (runtime) => {
      const before = (await runtime.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n;
      const refused = [
        'ALTER TABLE audit_log DISABLE TRIGGER ALL',
        'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete',
        "UPDATE audit_log SET action = 'forged'",
        'DELETE FROM audit_log',
        'TRUNCATE audit_log',
        'DROP TABLE audit_log',
        'DROP TABLE cases CASCADE',
        `ALTER TABLE audit_log OWNER TO ${TEST_RUNTIME_ROLE}`,
        'DROP TRIGGER audit_log_no_truncate ON audit_log',
        'CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$',
        'ALTER TABLE users ADD COLUMN sneaky text',
        'CREATE TABLE public.sneaky (id int)',
        'TRUNCATE users CASCADE',
        "UPDATE schema_migrations SET name = 'forged'",
      ];
      for (const sql of refused) expect([sql, await outcome(runtime, sql)]).toEqual([sql, '42501']);
      const after = (await runtime.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n;
      expect(after).toBe(before);
      const owned = await runtime.query(
        `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      );
      expect(owned.rows[0].n).toBe(0);
    });
  });

  it('reads and writes rows, and appends to and reads the audit log', async () => {
    await connected(api.database.url, async (runtime) => {
      const appended = await runtime.query(
        `INSERT INTO audit_log (action, details) VALUES ('test.appended', '{}') RETURNING id`,
      );
      const read = await runtime.query(`SELECT action FROM audit_log WHERE id = $1`, [appended.rows[0].id]);
      expect(read.rows[0].action).toBe('test.appended');
      const team = await runtime.query(`INSERT INTO teams (name) VALUES ('直接寫入') RETURNING id`);
      await runtime.query(`UPDATE teams SET name = '改過了', version = version + 1 WHERE id = $1`, [
        team.rows[0].id,
      ]);
      expect(
        (await runtime.query(`SELECT name FROM teams WHERE id = $1`, [team.rows[0].id])).rows[0].name,
      ).toBe('改過了');
      await runtime.query(`DELETE FROM teams WHERE id = $1`, [team.rows[0].id]);
      expect((await runtime.query(`SELECT nextval('case_reference_seq') AS n`)).rows[0].n).toBeTruthy();
    });
  });

  it('is never given rights to the owner itself or to a superuser', async () => {
    await connected(api.database.ownerUrl, async (owner) => {
      const run = (sql: string, parameters?: unknown[]) => owner.query(sql, parameters).then((r) => r.rows);
      for (const role of [TEST_OWNER_ROLE, 'postgres', 'no_such_role_here', 'Robert"); DROP TABLE cases; --'])
        await expect(grantRuntimeRole(run, { role, queueOnPostgres: false })).rejects.toBeInstanceOf(
          RuntimeRoleError,
        );
      expect((await owner.query(`SELECT to_regclass('public.cases') AS t`)).rows[0].t).toBe('cases');
    });
  });
});

describe('cli.js migrate with an owner and a runtime role', () => {
  // Seeding as the runtime role is in processes.test.ts, whose CLI gets the test database's runtime URL.
  it(
    'migrates as the owner and grants the runtime role only what it needs',
    { timeout: 120_000 },
    async () => {
      if (!existsSync(cli)) throw new Error('build the api first (npm run build)');
      const fresh = await createTestDatabase('db_roles_cli', { migrate: false });
      try {
        const env = { DATABASE_MIGRATION_URL: fresh.ownerUrl, DATABASE_URL: fresh.url };
        // With Redis for queues the runtime role creates nothing at all.
        const withRedis = await runCli({ ...env, REDIS_URL: TEST_REDIS_URL }, 'migrate');
        expect(withRedis.code).toBe(0);
        expect(withRedis.output).toMatch(/migrations applied: [1-9]/);
        expect(withRedis.output).toContain(`runtime role ${TEST_RUNTIME_ROLE}`);
        await connected(fresh.url, async (runtime) => {
          const tables = await runtime.query(
            `SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`,
          );
          expect(tables.rows).toEqual([{ tableowner: TEST_OWNER_ROLE }]);
          expect(await outcome(runtime, 'CREATE SCHEMA bullmq_sneaky')).toBe('42501');
          expect(await outcome(runtime, "UPDATE audit_log SET action = 'forged'")).toBe('42501');
          expect(await outcome(runtime, 'ALTER TABLE audit_log DISABLE TRIGGER ALL')).toBe('42501');
          expect(await outcome(runtime, `INSERT INTO audit_log (action) VALUES ('test.cli')`)).toBe('ok');
        });
        // BullMQ's PostgreSQL backend makes its own schema when it starts: then, and only then, it may.
        const withoutRedis = await runCli(env, 'migrate');
        expect(withoutRedis.code).toBe(0);
        expect(withoutRedis.output).toContain('migrations applied: 0');
        await connected(fresh.url, async (runtime) => {
          expect(await outcome(runtime, 'CREATE SCHEMA bullmq_probe')).toBe('ok');
          expect(await outcome(runtime, 'CREATE TABLE public.sneaky (id int)')).toBe('42501');
        });
        // Naming the owner as the runtime role is refused, not half done.
        const same = await runCli({ ...env, DATABASE_RUNTIME_ROLE: TEST_OWNER_ROLE }, 'migrate');
        expect(same.code).toBe(1);
        expect(same.output).toContain('could rewrite the audit log');
      } finally {
        await fresh.drop();
      }
    },
  );
});
