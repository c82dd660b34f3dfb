// The officer's day and the team's workload at the bench firm's scale: p50/p95 through the API next to
// the very same SQL run directly with pg in the same run (the statements are imported from the built
// API, not restated), then each under 50 concurrent clients (autocannon). Needs the bench firm
// (bench/generate-cases.mjs) and a build (npm run build).
// Usage: node bench/workload.bench.mjs [--requests 200] [--duration 15]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchApi } from './bench-api.mjs';
import { percentile, time } from './timing.mjs';
import { BENCH_KEYS, benchDatabaseUrl, domain } from './bench-env.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const workload = require('../dist/apps/api/libs/server/workload/src/index.js');

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    duration: { type: 'string', default: '15' },
    database: { type: 'string', default: 'accord_bench' },
  },
});
const N = Number(values.requests);
const url = benchDatabaseUrl(values.database);
const TZ = 'Asia/Taipei';
const STALE_AFTER_DAYS = 14;

/**
 * The workload statement's parameters, as the API builds them: for the standard period (the last 30
 * days) unless `days` says how many days back from today the period starts.
 */
function workloadParams(teamId, days = 30) {
  const now = new Date();
  const today = domain.calendarDateIn(now, TZ);
  const from = domain.addDays(today, 1 - days);
  return [
    teamId,
    from,
    today,
    now,
    today,
    new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000),
    domain.zonedInstant(from, '00:00', TZ),
    domain.zonedInstant(domain.addDays(today, 1), '00:00', TZ),
  ];
}

function officerDay(db, officerId) {
  const now = new Date();
  const queries = workload.officerDayQueries(officerId, now, domain.calendarDateIn(now, TZ), {
    timeZone: TZ,
    staleAfterDays: STALE_AFTER_DAYS,
  });
  return Promise.all(queries.map((q) => db.query(q.sql, q.params)));
}

async function main() {
  // The same session settings as the API's pool (see data-source-options.ts).
  const db = new pg.Pool({ connectionString: url, max: 20, options: '-c max_parallel_workers_per_gather=0' });
  const officers = (
    await db.query(`SELECT id, email FROM users WHERE role = 'officer' ORDER BY email LIMIT 20`)
  ).rows;
  const managers = (
    await db.query(`SELECT id, email, team_id FROM users WHERE role = 'manager' ORDER BY email LIMIT 20`)
  ).rows;
  const [sizes] = (
    await db.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events,
              (SELECT count(*) FROM reminders)::int AS reminders,
              (SELECT count(*) FROM users WHERE role = 'officer')::int AS officers,
              (SELECT count(*) FROM installments)::int AS installments`,
    )
  ).rows;

  // What the worker does every minute: the firm-wide figures for the standard period, worked out ahead.
  const refreshStarted = performance.now();
  const refresh = spawnSync(
    process.execPath,
    [resolve(root, 'dist/apps/api/apps/api/src/cli.js'), 'workload-snapshot'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
        ...BENCH_KEYS,
      },
      encoding: 'utf8',
    },
  );
  if (refresh.status !== 0) throw new Error(`workload-snapshot failed: ${refresh.stderr}`);
  const refreshMs = performance.now() - refreshStarted;

  const api = await startBenchApi(url);
  const { base, token } = api;
  const officerTokens = await Promise.all(officers.map((o) => token(o.email)));
  const managerTokens = await Promise.all(managers.map((m) => token(m.email)));
  const adminToken = await token('admin@bench.test');
  const get = async (path, bearer) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  // The API's figures are the SQL's: checked once per scenario before timing.
  const viaApi = await get('/api/workload', managerTokens[0]);
  const direct = (await db.query(workload.WORKLOAD_SQL, workloadParams(managers[0].team_id))).rows;
  const sqlOpen = direct.reduce((a, r) => a + Object.values(r.byStage ?? {}).reduce((x, y) => x + y, 0), 0);
  if (viaApi.totals.openCases !== sqlOpen)
    throw new Error(`open cases differ: ${viaApi.totals.openCases} ≠ ${sqlOpen}`);

  const scenarios = [
    {
      name: 'GET /api/workload — manager, own team (10 officers)',
      api: (i) => get('/api/workload', managerTokens[i % managers.length]),
      sql: (i) => db.query(workload.WORKLOAD_SQL, workloadParams(managers[i % managers.length].team_id)),
    },
    {
      name: 'GET /api/me/today — officer',
      api: (i) => get('/api/me/today', officerTokens[i % officers.length]),
      sql: (i) => officerDay(db, officers[i % officers.length].id),
    },
    {
      name: 'GET /api/workload — admin, whole firm (200 officers), from the worker’s snapshot',
      api: async () => {
        const report = await get('/api/workload', adminToken);
        if (report.source !== 'snapshot')
          throw new Error('the firm-wide view was not served from the snapshot');
      },
      sql: () =>
        db.query(
          `SELECT report FROM workload_snapshots WHERE scope = 'firm' AND period_from = $1 AND period_to = $2 AND taken_at > $3`,
          [...workloadParams(null).slice(1, 3), new Date(Date.now() - 300_000)],
        ),
    },
    {
      name: 'GET /api/workload — admin, whole firm, a chosen period of 31 days (read live)',
      api: () =>
        get(
          `/api/workload?from=${workloadParams(null, 31)[1]}&to=${workloadParams(null, 31)[2]}`,
          adminToken,
        ),
      sql: () => db.query(workload.WORKLOAD_SQL, workloadParams(null, 31)),
    },
  ];
  const results = [];
  for (const s of scenarios) {
    const a = await time(s.api, N);
    const q = await time(s.sql, N);
    results.push({ name: s.name, a, q });
  }

  const loads = [];
  for (const [name, path, tokens] of [
    ['GET /api/workload, managers', '/api/workload', managerTokens],
    ['GET /api/workload, admin (whole firm)', '/api/workload', [adminToken]],
    ['GET /api/me/today, officers', '/api/me/today', officerTokens],
  ]) {
    let n = 0;
    const samples = [];
    const result = await new Promise((done, fail) => {
      const instance = autocannon(
        {
          url: `${base}${path}`,
          connections: 50,
          duration: Number(values.duration),
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, authorization: `Bearer ${tokens[n++ % tokens.length]}` },
              }),
            },
          ],
        },
        (error, finished) => (error ? fail(error) : done(finished)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => samples.push(ms));
    });
    samples.sort((a, b) => a - b);
    result.latency.p95 = percentile(samples, 95);
    loads.push({ name, result });
  }

  api.stop();
  await db.end();
  const fmt = (n) => n.toFixed(1);
  console.log(
    `\nworkload and officer's day: ${sizes.cases.toLocaleString('en')} cases, ${sizes.events.toLocaleString('en')} timeline events, ` +
      `${sizes.reminders.toLocaleString('en')} reminders, ${sizes.installments.toLocaleString('en')} installments, ${sizes.officers} officers; ` +
      `${N} sequential requests per scenario (ms)\n`,
  );
  console.log('| scenario | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p95 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.name} | ${fmt(r.a.p50)} | ${fmt(r.a.p95)} | ${fmt(r.q.p50)} | ${fmt(r.q.p95)} | ${(r.a.p95 / r.q.p95).toFixed(2)}× |`,
    );
  console.log(
    `\nfirm-wide snapshot worked out in ${(refreshMs / 1000).toFixed(2)} s (node cli.js workload-snapshot, as the worker does every minute)`,
  );
  console.log(`\n50 concurrent clients, ${values.duration} s each:\n`);
  console.log('| endpoint | req/s | p50 | p95 | p99 | errors |');
  console.log('|---|---|---|---|---|---|');
  for (const { name, result } of loads)
    console.log(
      `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${fmt(result.latency.p95)} | ${result.latency.p99} | ${result.errors + result.non2xx} |`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
