import { JobSchedulerId, QueueName } from '@accord/server-core';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bearer, TEST_PASSWORD } from '@accord/server-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portAnswers } from './support/built-programs';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';
import { freePort } from './support/message-servers';
import { useReminderRig, waitFor } from './support/reminder-rig';

/**
 * A Redis of this file's own, without an append-only file, that loses everything twice while
 * reminders are pending: once by FLUSHALL, once killed and restarted empty. The worker is never
 * restarted: its maintenance timer (outside the queue) must put the schedulers and the jobs back.
 */
const RECONCILE_SECONDS = 5;
const PENDING = 300;
let port = 0;
let redis: ChildProcess | null = null;

function startRedis(): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

beforeAll(async () => {
  port = await freePort();
  redis = startRedis();
  await portAnswers(port);
});
afterAll(() => {
  redis?.kill('SIGKILL');
});

const rig = useReminderRig('redis_loss', 'redis', () => ({
  REDIS_URL: `redis://127.0.0.1:${port}`,
  REMINDER_RECONCILE_SECONDS: String(RECONCILE_SECONDS),
}));
let firm: TestFirm;
let caseId: string;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  firm = await buildFirm(rig.api);
  await seedCreditorCatalog(rig.db());
  const { huabei } = await catalogCreditors(rig.api, firm.admin);
  ({ caseId } = await openCase(rig.api, firm.officerA1, {
    serial: 27100,
    debts: [{ creditorId: huabei, outstandingFen: 300000 }],
  }));
  await rig.startWorker();
});

afterAll(() => {
  const artifacts = resolve(__dirname, '../.artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(resolve(artifacts, 'redis-loss-figures.json'), JSON.stringify(figures, null, 2));
});

/** Reminders written and queued as the API would, due a few seconds from now. */
async function pendingReminders(count: number, inMs: number): Promise<string[]> {
  const dueAt = new Date(rig.clock.now().getTime() + inMs);
  const rows: { id: string }[] = await rig.db().query(
    `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, payload)
     SELECT 'follow_up', $1, 'test', gen_random_uuid(), 'officer', 'officer', $2, '{"reference":"T","summary":"追蹤"}'
       FROM generate_series(1, $3) RETURNING id`,
    [caseId, dueAt, count],
  );
  const ids = rows.map((r) => r.id);
  await rig
    .queue()
    .addBulk(ids.map((id) => ({ name: 'fire', data: { reminderId: id }, opts: { jobId: id, delay: inMs } })));
  return ids;
}

async function outcome(ids: string[]) {
  const [row] = await rig.db().query(
    `SELECT count(*) FILTER (WHERE r.status = 'sent')::int AS sent,
            (SELECT count(*)::int FROM notifications n WHERE n.reminder_id = ANY($1::uuid[])) AS notifications,
            (SELECT count(*)::int FROM (SELECT reminder_id FROM notifications WHERE reminder_id = ANY($1::uuid[])
                GROUP BY reminder_id HAVING count(*) > 1) d) AS doubled
       FROM reminders r WHERE r.id = ANY($1::uuid[])`,
    [ids],
  );
  return row as { sent: number; notifications: number; doubled: number };
}

const sweeps = () => rig.worker().get<Queue>(getQueueToken(QueueName.ReminderSweeps), { strict: false });
const workload = () => rig.worker().get<Queue>(getQueueToken(QueueName.Workload), { strict: false });

async function schedulersPresent(): Promise<boolean> {
  return Boolean(
    (await sweeps().getJobScheduler(JobSchedulerId.StaleCases)) &&
    (await sweeps().getJobScheduler(JobSchedulerId.MorningDigest)) &&
    (await workload().getJobScheduler(JobSchedulerId.FirmSnapshot)),
  );
}

async function survives(fault: string, loseEverything: () => Promise<void>) {
  expect(await schedulersPresent()).toBe(true);
  const ids = await pendingReminders(PENDING, 2000);
  await loseEverything();
  const lostAt = Date.now();
  expect(await rig.queue().getJobCountByTypes('delayed', 'waiting', 'active')).toBe(0);
  // Within one reconcile interval and a few seconds, with no worker restart.
  await waitFor(async () => (await outcome(ids)).sent === PENDING, (RECONCILE_SECONDS + 10) * 1000);
  const recoveredMs = Date.now() - lostAt;
  await waitFor(() => schedulersPresent(), (RECONCILE_SECONDS + 5) * 1000);
  const result = await outcome(ids);
  expect(result).toEqual({ sent: PENDING, notifications: PENDING, doubled: 0 });
  figures[fault] = {
    created: PENDING,
    sent: result.sent,
    doubled: result.doubled,
    lost: PENDING - result.sent,
    recoveredMs,
    reconcileSeconds: RECONCILE_SECONDS,
  };
  const health = await rig.api.http().get('/api/health').expect(200);
  expect(health.body.details.workers).toMatchObject({
    status: 'up',
    workerSeen: true,
    schedulersMissing: [],
  });
  expect(health.body.details.reminders).toMatchObject({ status: 'up', overdueBeyondGrace: 0 });
}

describe('a Redis that loses its data while reminders are pending', () => {
  it('FLUSHALL: every pending reminder is sent once and the schedulers come back, without a worker restart', async () => {
    await survives('flushall', async () => {
      const flushed = spawnSync('redis-cli', ['-p', String(port), 'FLUSHALL']);
      expect(flushed.stdout.toString().trim()).toBe('OK');
    });
  });

  it('restarted without its append-only file: the same', async () => {
    await survives('restart without AOF', async () => {
      redis?.kill('SIGKILL');
      await new Promise((r) => redis?.once('exit', r));
      redis = startRedis();
      await portAnswers(port);
    });
  });

  it('lets people sign in while Redis is down; the last sign-in lands once it is back', async () => {
    const user = firm.officerB1.user;
    const upStarted = Date.now();
    await rig.api
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    const answeredWithRedisUpMs = Date.now() - upStarted;
    // This sign-in's own stamp (an earlier one may already stand), so no job of it lands later.
    await waitFor(async () => {
      const [row] = await rig.db().query(`SELECT last_sign_in_at FROM users WHERE id = $1`, [user.id]);
      const stamp = row.last_sign_in_at as Date | null;
      return stamp && stamp.getTime() >= upStarted;
    });
    await rig.db().query(`UPDATE users SET last_sign_in_at = NULL WHERE id = $1`, [user.id]);
    redis?.kill('SIGKILL');
    await new Promise((r) => redis?.once('exit', r));
    const started = Date.now();
    const signedIn = await rig.api
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .timeout(10000)
      .expect(200);
    const answeredMs = Date.now() - started;
    // Answered while Redis is still down (it comes back only below), and work goes on with the token.
    await rig.api.http().get('/api/cases').set(bearer(signedIn.body.accessToken)).timeout(10000).expect(200);
    const [before] = await rig.db().query(`SELECT last_sign_in_at FROM users WHERE id = $1`, [user.id]);
    expect(before.last_sign_in_at).toBeNull();

    redis = startRedis();
    await portAnswers(port);
    const stamped = await waitFor(async () => {
      const [row] = await rig.db().query(`SELECT last_sign_in_at FROM users WHERE id = $1`, [user.id]);
      return row.last_sign_in_at as Date | null;
    }, 30000);
    expect(stamped.getTime()).toBeGreaterThanOrEqual(started - 1000);
    figures['sign-in while Redis is down'] = {
      answeredMs,
      answeredWithRedisUpMs,
      lastSignInStampedAfterRedisReturned: true,
    };
  });
});
