// Reminder lateness and throughput: N reminders due spread over a window of a few minutes, fired by the
// built worker (row read, quiet-hours check, in-app delivery row and notification, row marked sent),
// against bare BullMQ no-op jobs with the same delays in the same run; then a burst of reminders all
// due at once, against a burst of no-op jobs, for deliveries per second.
// Needs Redis and a build. Usage: node bench/reminder-lateness.bench.mjs [--count 100000] [--window 120]
//   [--burst 20000] [--concurrency 50] [--pool 10]
import { Queue, Worker } from 'bullmq';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_KEYS, benchDatabaseUrl } from './bench-env.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    window: { type: 'string', default: '120' },
    burst: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    pool: { type: 'string', default: '10' },
  },
});
const COUNT = Number(values.count);
const WINDOW_MS = Number(values.window) * 1000;
const BURST = Number(values.burst);
const CONCURRENCY = Number(values.concurrency);
// Time to write and enqueue everything before the first is due, so lateness is the firing's alone.
const LEAD_MS = Number(process.env.BENCH_LEAD_MS ?? 60_000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUrl = new URL(REDIS_URL);
const connection = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };
const root = resolve(import.meta.dirname, '..');
const databaseUrl = benchDatabaseUrl('accord_bench_reminders');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (lateMs) => {
  const sorted = [...lateMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS accord_bench_reminders WITH (FORCE)');
  await admin.query('CREATE DATABASE accord_bench_reminders');
  await admin.end();
  await run(resolve(root, 'dist/apps/api/apps/api/src/cli.js'), ['migrate'], baseEnv('migrate'));
}

function baseEnv(prefix) {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'warn',
    ...BENCH_KEYS,
  };
}

function run(script, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${script} exited ${code}`))));
  });
}

/** Bare BullMQ: no-op jobs, lateness = when the worker picked the job up − when it was due. */
async function bareJobs(prefix, count, dueAt) {
  const queue = new Queue('bare', { connection, prefix });
  const late = [];
  let done = 0;
  let started = Infinity;
  let finishedAt = 0;
  const worker = new Worker('bare', async () => undefined, { connection, prefix, concurrency: CONCURRENCY });
  worker.on('completed', (job) => {
    // BullMQ resets a promoted job's delay, so the due time travels in the job's data.
    late.push(job.processedOn - job.data.dueAt);
    started = Math.min(started, job.processedOn);
    finishedAt = Math.max(finishedAt, job.finishedOn ?? Date.now());
    done += 1;
  });
  // BullMQ counts a delay from when the job is added: taken per batch, as the API does per job.
  for (let i = 0; i < count; i += 1000) {
    const now = Date.now();
    await queue.addBulk(
      Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
        name: 'noop',
        data: { dueAt: dueAt(i + k) },
        opts: { jobId: randomUUID(), delay: Math.max(0, dueAt(i + k) - now), removeOnComplete: true },
      })),
    );
  }
  while (done < count) await sleep(200);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { late, started, finishedAt };
}

/** Reminders: rows written and queued as the API does (job id = row id), fired by the built worker. */
async function reminders(db, prefix, count, dueAt, userId) {
  const ids = [];
  for (let i = 0; i < count; i += 5000) {
    const n = Math.min(5000, count - i);
    const due = Array.from({ length: n }, (_, k) => new Date(dueAt(i + k)).toISOString());
    const { rows } = await db.query(
      `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
       SELECT 'follow_up', 'bench', gen_random_uuid(), 'officer', 'officer', $1, d,
              '{"reference":"AC-BENCH","summary":"回電確認分期方案"}'
         FROM unnest($2::timestamptz[]) AS d RETURNING id, due_at`,
      [userId, due],
    );
    ids.push(...rows);
  }
  const queue = new Queue('reminders', { connection, prefix });
  for (let i = 0; i < ids.length; i += 1000) {
    const now = Date.now();
    await queue.addBulk(
      ids.slice(i, i + 1000).map((r) => ({
        name: 'fire',
        data: { reminderId: r.id },
        opts: {
          jobId: r.id,
          delay: Math.max(0, r.due_at.getTime() - now),
          attempts: 6,
          backoff: { type: 'exponential', delay: 30000 },
          removeOnComplete: true,
        },
      })),
    );
  }
  await queue.close();
  // Polled through the scheduled-reminders index, so the bench itself costs the database little.
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS waiting FROM reminders WHERE status = 'scheduled' AND subject_type = 'bench'`,
    );
    if (rows[0].waiting === 0) break;
    await sleep(500);
  }
  const { rows } = await db.query(
    `SELECT extract(epoch FROM fired_at - due_at) * 1000 AS late, extract(epoch FROM fired_at) * 1000 AS fired
       FROM reminders WHERE id = ANY($1::uuid[])`,
    [ids.map((r) => r.id)],
  );
  const [{ notes, deliveries }] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM notifications WHERE reminder_id = ANY($1::uuid[])) AS notes,
              (SELECT count(*)::int FROM reminder_deliveries WHERE reminder_id = ANY($1::uuid[]) AND status = 'sent') AS deliveries`,
      [ids.map((r) => r.id)],
    )
  ).rows;
  const fired = rows.map((r) => Number(r.fired));
  return {
    late: rows.map((r) => Number(r.late)),
    started: Math.min(...fired),
    finishedAt: Math.max(...fired),
    lost: count - notes,
    doubled: deliveries - notes,
  };
}

const line = (label, r, count) => {
  const s = summary(r.late);
  const seconds = (r.finishedAt - r.started) / 1000;
  return `${label.padEnd(34)} lateness p50 ${s.p50.toFixed(0).padStart(5)} ms  p99 ${s.p99.toFixed(0).padStart(5)} ms  max ${s.max.toFixed(0).padStart(6)} ms  ${(count / Math.max(seconds, 0.001)).toFixed(0).padStart(6)} /s`;
};

await freshDatabase();
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const {
  rows: [user],
} = await db.query(
  `INSERT INTO users (email, full_name, role, password_hash, reminder_channels) VALUES ('bench@accord.test', '壓測', 'officer', 'x', '{in_app}') RETURNING id`,
);
const prefix = `bench${randomBytes(3).toString('hex')}`;
const worker = spawn(process.execPath, [resolve(root, 'dist/apps/worker/apps/worker/src/main.js')], {
  env: {
    ...baseEnv(prefix),
    REMINDER_CONCURRENCY: String(CONCURRENCY),
    DATABASE_POOL_MAX: values.pool,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  const spread = (start) => (i) => start + (i / COUNT) * WINDOW_MS;
  console.log(
    `${COUNT} due over ${WINDOW_MS / 1000} s, then a burst of ${BURST} due at once; concurrency ${CONCURRENCY}`,
  );
  const bareSpread = await bareJobs(prefix, COUNT, spread(Date.now() + LEAD_MS));
  console.log(line('bare BullMQ no-op, spread', bareSpread, COUNT));
  const remSpread = await reminders(db, prefix, COUNT, spread(Date.now() + LEAD_MS), user.id);
  console.log(
    line('reminders (in-app), spread', remSpread, COUNT),
    `lost ${remSpread.lost} doubled ${remSpread.doubled}`,
  );
  const burstAt = () => {
    const at = Date.now() + 10_000;
    return () => at;
  };
  const bareBurst = await bareJobs(prefix, BURST, burstAt());
  console.log(line('bare BullMQ no-op, burst', bareBurst, BURST));
  const remBurst = await reminders(db, prefix, BURST, burstAt(), user.id);
  console.log(
    line('reminders (in-app), burst', remBurst, BURST),
    `lost ${remBurst.lost} doubled ${remBurst.doubled}`,
  );
  const rate = (r, n) => n / ((r.finishedAt - r.started) / 1000);
  console.log(
    `burst throughput ratio reminders / bare: ${(rate(remBurst, BURST) / rate(bareBurst, BURST)).toFixed(2)}`,
  );
} finally {
  worker.kill('SIGTERM');
  await db.end();
}
