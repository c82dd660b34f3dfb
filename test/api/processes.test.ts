import {
  createTestDatabase,
  TEST_FIELD_KEYS,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@accord/server-testing';
import { RECORD_SIGN_IN } from '@accord/server-users';
import { Queue } from 'bullmq';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiMain, cliMain, portAnswers, runProgram, workerMain } from './support/built-programs';
import { freePort } from './support/message-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let database: TestDatabase;

beforeAll(async () => {
  if (!existsSync(apiMain) || !existsSync(workerMain))
    throw new Error('build the api and worker first (npm run build)');
  database = await createTestDatabase('processes');
});

afterAll(async () => {
  await database?.drop();
});

describe('the built programs', () => {
  it('the CLI seeds a fresh database once: a second seed adds nothing', async () => {
    const fresh = await createTestDatabase('cli');
    const cli = cliMain;
    const storageDir = mkdtempSync(join(tmpdir(), 'accord-cli-'));
    const env = {
      DATABASE_URL: fresh.url,
      JWT_SECRET: 'x'.repeat(40),
      STORAGE_DIR: storageDir,
      ...TEST_FIELD_KEYS,
    };
    const db = new Client({ connectionString: fresh.url });
    try {
      const first = runProgram(cli, env, ['seed']);
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain(
        'demo firm seeded: users and teams, creditor catalog, clients and cases, document templates, checklists, documents, financial statements, repayment plans',
      );
      const second = runProgram(cli, env, ['seed']);
      expect(await second.exited).toBe(0);
      expect(second.output()).toContain('demo firm already present: not seeded again');
      await db.connect();
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_events) AS events`,
      );
      expect(rows[0].cases).toBe(40);
      expect(rows[0].events).toBeGreaterThan(40);
      const statements = await db.query(
        `SELECT count(*)::int AS n FROM financial_statements WHERE is_current`,
      );
      expect(statements.rows[0].n).toBeGreaterThan(0);
      const plans = await db.query(
        `SELECT count(*)::int AS n, (SELECT count(*)::int FROM payments) AS paid FROM repayment_plans`,
      );
      expect(plans.rows[0].n).toBeGreaterThan(0);
      expect(plans.rows[0].paid).toBeGreaterThan(0);
      const files = await db.query(`SELECT count(*)::int AS n FROM document_files`);
      expect(files.rows[0].n).toBeGreaterThan(0);
      expect(readdirSync(storageDir, { recursive: true }).length).toBeGreaterThan(files.rows[0].n);
    } finally {
      await db.end().catch(() => undefined);
      await fresh.drop();
      rmSync(storageDir, { recursive: true, force: true });
    }
  });

  it('the API refuses to start with a clear message when its environment is invalid', async () => {
    const api = runProgram(apiMain, { DATABASE_URL: 'not a url', JWT_SECRET: 'short' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('Invalid environment configuration');
    expect(api.output()).toContain('DATABASE_URL');
    expect(api.output()).toContain('JWT_SECRET');
  });

  it('the worker processes a job, then on SIGTERM finishes and exits cleanly', async () => {
    const prefix = `p${randomBytes(5).toString('hex')}`;
    const worker = runProgram(workerMain, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      JWT_SECRET: 'x'.repeat(40),
      ...TEST_FIELD_KEYS,
      LOG_LEVEL: 'info',
    });
    const deadline = Date.now() + 20000;
    while (!worker.output().includes('worker started')) {
      if (Date.now() > deadline) throw new Error(`worker did not start:\n${worker.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const queue = new Queue('users', {
      prefix,
      connection: {
        host: new URL(TEST_REDIS_URL).hostname,
        port: Number(new URL(TEST_REDIS_URL).port || 6379),
      },
    });
    try {
      const {
        rows: [{ id }],
      } = await db.query(
        `INSERT INTO users (email, full_name, role, password_hash) VALUES ('w@accord.test', '工作', 'officer', 'x') RETURNING id`,
      );
      await queue.add(
        RECORD_SIGN_IN,
        { userId: id, signedInAt: '2026-11-25T01:00:00.000Z' },
        { jobId: 'sign-in-proc' },
      );
      for (;;) {
        const {
          rows: [row],
        } = await db.query(`SELECT last_sign_in_at FROM users WHERE id = $1`, [id]);
        if (row.last_sign_in_at) break;
        if (Date.now() > deadline) throw new Error('job not processed');
        await new Promise((r) => setTimeout(r, 100));
      }
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(worker.output()).toContain('worker stopped');
    } finally {
      worker.child.kill('SIGKILL');
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await db.end();
    }
  });

  it('the worker refuses a Redis that evicts keys, and warns about one without its append-only file', async () => {
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'allkeys-lru',
      ],
      { stdio: 'ignore' },
    );
    try {
      await portAnswers(port);
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL: `redis://127.0.0.1:${port}`,
        JWT_SECRET: 'x'.repeat(40),
        ...TEST_FIELD_KEYS,
        LOG_LEVEL: 'info',
      };
      const evicting = runProgram(workerMain, env);
      expect(await evicting.exited).toBe(1);
      expect(evicting.output()).toContain('maxmemory-policy is "allkeys-lru"');
      const cli = spawn('redis-cli', ['-p', String(port), 'config', 'set', 'maxmemory-policy', 'noeviction']);
      await new Promise((done) => cli.on('exit', done));
      const volatile = runProgram(workerMain, env);
      const deadline = Date.now() + 20000;
      while (!volatile.output().includes('worker started')) {
        if (Date.now() > deadline) throw new Error(`worker did not start:\n${volatile.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(volatile.output()).toContain('without appendonly');
      volatile.child.kill('SIGTERM');
      expect(await volatile.exited).toBe(0);
    } finally {
      redis.kill('SIGKILL');
    }
  });
});
