import {
  createTestDatabase,
  TEST_FIELD_KEYS,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@accord/server-testing';
import { DEMO_PASSWORD } from '@accord/server-users';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMain, cliMain, runProgram, workerMain, type RunningProgram } from './support/built-programs';
import { freePort } from './support/message-servers';
import { waitFor } from './support/reminder-rig';

/**
 * What "add replicas" in the README rests on: two built APIs and two built workers on one PostgreSQL
 * and one queue backend. Limits are shared, each reminder is delivered once, and the periodic work
 * (the reconciler, the firm-wide workload snapshot) runs once per interval, not once per worker.
 */
const RECONCILE_SECONDS = 5;
const PENDING = 300;
const figures: Record<string, unknown> = {};

/** The instants (ms) of a worker's log lines with this message. */
function logTimes(running: RunningProgram[], message: string): number[] {
  return running
    .flatMap((r) => r.output().split('\n'))
    .filter((line) => line.includes(`"msg":"${message}"`))
    .map((line) => (JSON.parse(line) as { time: number }).time)
    .sort((a, b) => a - b);
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

afterAll(() => {
  const artifacts = resolve(__dirname, '../.artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(resolve(artifacts, 'two-of-each-figures.json'), JSON.stringify(figures, null, 2));
});

describe.each(['redis', 'postgres'] as const)(
  'two APIs and two workers on the %s queue backend',
  (backend) => {
    let database: TestDatabase;
    let storage: string;
    const processes: RunningProgram[] = [];
    const apis: string[] = [];
    const workers: RunningProgram[] = [];
    let env: Record<string, string>;
    let workersStartedAt = 0;

    beforeAll(async () => {
      for (const path of [apiMain, workerMain, cliMain])
        if (!existsSync(path)) throw new Error(`${path} is missing: build the api and worker first`);
      database = await createTestDatabase(`two_of_each_${backend}`);
      storage = mkdtempSync(join(tmpdir(), 'accord-two-'));
      env = {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: database.url,
        JWT_SECRET: 'two-of-each-secret-that-is-long-enough-01',
        QUEUE_PREFIX: `two${backend}${Date.now() % 100000}`,
        STORAGE_DIR: storage,
        DASHBOARD_DIST: '/nonexistent',
        TRUST_PROXY: 'true',
        UPLOAD_LINK_REQUESTS_PER_MINUTE: '6',
        REMINDER_RECONCILE_SECONDS: String(RECONCILE_SECONDS),
        LOG_LEVEL: 'info',
        ...TEST_FIELD_KEYS,
        ...(backend === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
      };
      const seed = runProgram(cliMain, env, ['seed']);
      const seeded = await seed.exited;
      if (seeded !== 0) throw new Error(`seed failed:\n${seed.output()}`);
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        processes.push(runProgram(apiMain, { ...env, PORT: String(port) }));
        apis.push(`http://127.0.0.1:${port}`);
      }
      for (const base of apis) {
        await waitFor(
          () =>
            fetch(`${base}/api/health/ready`).then(
              (r) => r.ok,
              () => false,
            ),
          30000,
        );
      }
    }, 120000);

    afterAll(async () => {
      for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
      await database?.drop();
      rmSync(storage, { recursive: true, force: true });
    });

    const login = (base: string, password: string, address: string) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        body: JSON.stringify({ email: 'officer.wang@accord.test', password }),
      });

    it('share sign-in throttling: a failure on one API slows the same pair down on the other', async () => {
      const first = await login(apis[0], 'not-the-password', '198.51.100.7');
      expect(first.status).toBe(401);
      const second = await login(apis[1], 'not-the-password', '198.51.100.7');
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      // The owner, from an address with no failures, gets in on either.
      expect((await login(apis[1], DEMO_PASSWORD, '198.51.100.8')).status).toBe(200);
    });

    it('share the upload link rate limit per address', async () => {
      const db = new Client({ connectionString: database.url });
      await db.connect();
      // The limit counts per clock minute: start the burst well inside one.
      const [{ second }] = (await db.query(`SELECT extract(second FROM now())::float AS second`)).rows;
      await db.end();
      if (second > 50) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await fetch(`${apis[i % 2]}/api/public/upload-link`, {
          headers: { 'X-Upload-Token': `not-a-real-token-${i}`, 'X-Forwarded-For': '203.0.113.9' },
        });
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 404)).toHaveLength(6);
      expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    });

    it('deliver each reminder once, reconcile once per interval and work out the firm snapshot once per minute', async () => {
      const db = new Client({ connectionString: database.url });
      await db.connect();
      try {
        const { rows: officer } = await db.query(
          `SELECT id FROM users WHERE email = 'officer.wang@accord.test'`,
        );
        const { rows } = await db.query(
          `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
         SELECT 'follow_up', 'test', gen_random_uuid(), 'officer', 'officer', $1, now(), '{"reference":"AC-TWO","summary":"回電"}'
           FROM generate_series(1, $2) RETURNING id`,
          [officer[0].id, PENDING],
        );
        const ids = rows.map((r) => r.id as string);
        workersStartedAt = Date.now();
        for (let i = 0; i < 2; i++) {
          const worker = runProgram(workerMain, env);
          processes.push(worker);
          workers.push(worker);
        }
        // Both workers reconcile at start: each reminder is queued twice under one id, and fired once.
        await waitFor(async () => {
          const { rows: sent } = await db.query(
            `SELECT count(*)::int AS n FROM reminders WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
            [ids],
          );
          return sent[0].n === PENDING;
        }, 60000);
        const { rows: counted } = await db.query(
          `SELECT (SELECT count(*)::int FROM notifications WHERE reminder_id = ANY($1::uuid[])) AS notifications,
                (SELECT count(*)::int FROM reminder_deliveries WHERE reminder_id = ANY($1::uuid[]) AND attempts = 1) AS "onceEach"`,
          [ids],
        );
        expect(counted[0]).toEqual({ notifications: PENDING, onceEach: PENDING });

        // A minute and a bit of both workers side by side.
        const watchFrom = Date.now();
        await new Promise((r) => setTimeout(r, 65000));
        const reconciles = logTimes(workers, 'reminders reconciled with the queue').filter(
          (t) => t > watchFrom,
        );
        const snapshots = logTimes(workers, 'firm workload snapshot worked out').filter(
          (t) => t > workersStartedAt + 10000,
        );
        figures[backend] = {
          remindersCreated: PENDING,
          sent: PENDING,
          notifications: counted[0].notifications,
          reconcilesIn65s: reconciles.length,
          reconcileGapsMs: gaps(reconciles),
          snapshots: snapshots.length,
          snapshotGapsMs: gaps(snapshots),
        };
        // Once per interval between them: never two runs closer than most of an interval.
        expect(reconciles.length).toBeGreaterThanOrEqual(Math.floor(65 / RECONCILE_SECONDS) - 2);
        expect(reconciles.length).toBeLessThanOrEqual(Math.ceil(65 / RECONCILE_SECONDS) + 1);
        for (const gap of gaps(reconciles)) expect(gap).toBeGreaterThan(RECONCILE_SECONDS * 1000 * 0.7);
        // One scheduler between two workers: one snapshot a minute, not two.
        expect(snapshots.length).toBeGreaterThanOrEqual(1);
        for (const gap of gaps(snapshots)) expect(gap).toBeGreaterThan(50000);
      } finally {
        await db.end();
      }
    }, 150000);
  },
);
