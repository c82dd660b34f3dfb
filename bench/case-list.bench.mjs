// Case list: p50/p95 through the API next to the same queries run directly with pg, in the same run,
// then the API under 50 concurrent clients (autocannon). Needs the bench firm (bench/generate-cases.mjs)
// and a build (npm run build). Usage: node bench/case-list.bench.mjs [--requests 200]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchApi } from './bench-api.mjs';
import { time } from './timing.mjs';
import { benchDatabaseUrl } from './bench-env.mjs';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    database: { type: 'string', default: 'accord_bench' },
  },
});
const N = Number(values.requests);
const url = benchDatabaseUrl(values.database);
const TODAY = new Date().toISOString().slice(0, 10);
const minusDays = (d) => new Date(Date.parse(TODAY) - d * 86_400_000).toISOString().slice(0, 10);

const COLUMNS = `c.id, c.reference, c.client_id, c.officer_id, c.stage, c.outcome, c.closing_note, c.overdue_reason, c.overdue_reason_text,
  c.litigation_risk, c.opened_on, c.closed_on, c.total_outstanding_fen, c.total_overdue_fen, c.earliest_overdue_since,
  c.open_debt_count, c.last_activity_at, c.created_at, c.updated_at, c.version`;

/**
 * The queries the API runs for one page: the page with the names shown in it, and its total side by side
 * (from the case_counts aggregate when only scope and stage filter the list, as the API does).
 */
async function directPage(db, where, params, order, countSql) {
  await Promise.all([
    db.query(
      `SELECT ${COLUMNS}, nc.full_name AS client_name, no.full_name AS officer_name
         FROM cases c LEFT JOIN clients nc ON nc.id = c.client_id LEFT JOIN users no ON no.id = c.officer_id
        WHERE ${where} ORDER BY ${order} LIMIT 25 OFFSET 0`,
      params,
    ),
    countSql
      ? db.query(countSql.sql, countSql.params)
      : db.query(`SELECT count(*) FROM cases c WHERE ${where}`, params),
  ]);
}

async function main() {
  const db = new pg.Pool({ connectionString: url, max: 10 });
  const [officer] = (
    await db.query(
      `SELECT u.id, u.email, u.team_id FROM users u WHERE role = 'officer' ORDER BY email LIMIT 1`,
    )
  ).rows;
  const [manager] = (
    await db.query(`SELECT id, email, team_id FROM users WHERE role = 'manager' ORDER BY email LIMIT 1`)
  ).rows;
  const [creditor] = (await db.query(`SELECT id FROM creditors WHERE product = 'huabei' LIMIT 1`)).rows;
  const [{ count: caseCount }] = (await db.query(`SELECT count(*)::int AS count FROM cases`)).rows;

  const api = await startBenchApi(url);
  const { base, token } = api;
  const tokens = {
    officer: await token(officer.email),
    manager: await token(manager.email),
    admin: await token('admin@bench.test'),
  };
  const teamScope = `c.officer_id IN (SELECT u.id FROM users u WHERE u.team_id = $1)`;

  const scenarios = [
    {
      name: 'officer: own cases, newest first',
      who: 'officer',
      query: 'sort=openedOn&order=DESC',
      where: 'c.officer_id = $1',
      params: [officer.id],
      order: 'c.opened_on DESC, c.id DESC',
      count: {
        sql: `SELECT coalesce(sum(cc.n), 0) FROM case_counts cc WHERE cc.officer_id = $1`,
        params: [officer.id],
      },
    },
    {
      name: 'officer: stage = negotiating',
      who: 'officer',
      query: 'stage=negotiating&sort=openedOn&order=DESC',
      where: `c.officer_id = $1 AND c.stage = 'negotiating'`,
      params: [officer.id],
      order: 'c.opened_on DESC, c.id DESC',
      count: {
        sql: `SELECT coalesce(sum(cc.n), 0) FROM case_counts cc WHERE cc.officer_id = $1 AND cc.stage = 'negotiating'`,
        params: [officer.id],
      },
    },
    {
      name: 'officer: M3, 61–90 days overdue',
      who: 'officer',
      query: 'overdueBucket=M3&sort=openedOn&order=DESC',
      where: 'c.officer_id = $1 AND c.earliest_overdue_since <= $2 AND c.earliest_overdue_since >= $3',
      params: [officer.id, minusDays(61), minusDays(90)],
      order: 'c.opened_on DESC, c.id DESC',
    },
    {
      name: 'manager: team, most owed first',
      who: 'manager',
      query: 'sort=totalOutstandingFen&order=DESC',
      where: teamScope,
      params: [manager.team_id],
      order: 'c.outstanding_cny_fen DESC, c.outstanding_twd_fen DESC, c.id DESC',
      count: {
        sql: `SELECT coalesce(sum(cc.n), 0) FROM case_counts cc WHERE cc.officer_id IN (SELECT u.id FROM users u WHERE u.team_id = $1)`,
        params: [manager.team_id],
      },
    },
    {
      name: 'manager: team, stage = repaying',
      who: 'manager',
      query: 'stage=repaying&sort=openedOn&order=DESC',
      where: `${teamScope} AND c.stage = 'repaying'`,
      params: [manager.team_id],
      order: 'c.opened_on DESC, c.id DESC',
      count: {
        sql: `SELECT coalesce(sum(cc.n), 0) FROM case_counts cc WHERE cc.officer_id IN (SELECT u.id FROM users u WHERE u.team_id = $1) AND cc.stage = 'repaying'`,
        params: [manager.team_id],
      },
    },
    {
      name: 'admin: all, newest first',
      who: 'admin',
      query: 'sort=openedOn&order=DESC',
      where: 'TRUE',
      params: [],
      order: 'c.opened_on DESC, c.id DESC',
      count: { sql: `SELECT coalesce(sum(cc.n), 0) FROM case_counts cc WHERE TRUE`, params: [] },
    },
    {
      name: 'admin: creditor = Huabei, sued',
      who: 'admin',
      query: `creditorId=${creditor.id}&litigationRisk=sued&sort=openedOn&order=DESC`,
      where: `c.creditor_ids @> ARRAY[$1::uuid] AND c.litigation_risk = 'sued'`,
      params: [creditor.id],
      order: 'c.opened_on DESC, c.id DESC',
    },
  ];

  const results = [];
  for (const s of scenarios) {
    const headers = { authorization: `Bearer ${tokens[s.who]}` };
    const viaApi = await time(async () => {
      const response = await fetch(`${base}/api/cases?page=1&perPage=25&${s.query}`, { headers });
      if (!response.ok) throw new Error(`${s.name}: ${response.status} ${await response.text()}`);
      await response.json();
    }, N);
    const direct = await time(() => directPage(db, s.where, s.params, s.order, s.count), N);
    results.push({
      scenario: s.name,
      'api p50': viaApi.p50,
      'api p95': viaApi.p95,
      'sql p50': direct.p50,
      'sql p95': direct.p95,
      'p95 ratio': viaApi.p95 / direct.p95,
    });
  }

  const load = await autocannon({
    url: `${base}/api/cases?page=1&perPage=25&sort=openedOn&order=DESC`,
    connections: 50,
    duration: 15,
    headers: { authorization: `Bearer ${tokens.officer}` },
  });

  api.stop();
  await db.end();
  const fmt = (n) => n.toFixed(1);
  console.log(
    `\ncase list, ${caseCount.toLocaleString('en')} cases, ${N} sequential requests per scenario (ms)\n`,
  );
  console.log('| scenario | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p95 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.scenario} | ${fmt(r['api p50'])} | ${fmt(r['api p95'])} | ${fmt(r['sql p50'])} | ${fmt(r['sql p95'])} | ${r['p95 ratio'].toFixed(2)}× |`,
    );
  console.log(
    `\n50 concurrent clients, officer's first page, 15 s: ${load.requests.average.toFixed(0)} req/s, latency p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, p99 ${load.latency.p99} ms, errors ${load.errors + load.non2xx}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
