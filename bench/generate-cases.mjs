// Generates the bench firm: 200 officers in 20 teams, 1,000,000 cases with their clients and 2,500,000
// debts, and what the cases left behind: about 5,000,000 timeline events with the stage stays behind
// them, 3,000,000 reminders, proposals, plans with installments and payments, checklists and contacts;
// loaded with COPY. Usage (after `npm run build`):
//   node --max-old-space-size=12288 bench/generate-cases.mjs [--cases 1000000] [--officers 200]
//     [--events-per-case 5] [--reminders-per-case 3] [--database accord_bench]
// Drops and recreates the database named; PostgreSQL at BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import argon2 from 'argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BENCH_KEYS, BENCH_PASSWORD, benchDatabaseUrl, contracts, documents, domain } from './bench-env.mjs';
import {
  caseHistory,
  contacts,
  dateOf,
  documentRequirements,
  negotiation,
  reminders,
  stageStays,
  timelineEvents,
} from './firm-history.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    officers: { type: 'string', default: '200' },
    database: { type: 'string', default: 'accord_bench' },
    'events-per-case': { type: 'string', default: '5' },
    'reminders-per-case': { type: 'string', default: '3' },
  },
});
const CASES = Number(values.cases);
const OFFICERS = Number(values.officers);
const TEAMS = Math.max(1, Math.round(OFFICERS / 10));
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = benchDatabaseUrl(values.database);
const STAGES = [
  'intake',
  'documents',
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'credit_repair',
  'closed',
];
const STAGE_WEIGHTS = [8, 12, 10, 15, 5, 20, 5, 25];
const REASONS = contracts.OVERDUE_REASONS;
const RISKS = ['none', 'none', 'low', 'high', 'sued'];
const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高';
const GIVEN = [
  '怡君',
  '志豪',
  '淑芬',
  '家瑋',
  '雅雯',
  '俊傑',
  '佩珊',
  '冠宇',
  '美玲',
  '建宏',
  '宜蓁',
  '承恩',
  '詩涵',
  '柏翰',
  '欣怡',
  '宗翰',
];

// A small deterministic generator (mulberry32), so two runs build the same firm. (A plain LCG's low
// bits repeat with the case number and tied teams to stages and dates.)
let seed = 20261125;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const weighted = (list, weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < list.length; i++) if ((r -= weights[i]) < 0) return list[i];
  return list[list.length - 1];
};
const uuid = () => {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
// Dates count back from today (the firm's day in Asia/Taipei), so the bench's "overdue" and "this
// month" mean what they will mean when the API reads them.
const NOW = Date.now();
const TODAY = dateOf(NOW);
const day = (offset) => domain.addDays(TODAY, offset);
const OUTCOMES = ['resolved', 'withdrawn', 'failed', 'litigated'];
const OUTCOME_WEIGHTS = [55, 15, 20, 10];
const CREDITOR_RULE = { dailyRateBp: 5, base: 'overdue_amount', capBp: null };

const encKey = Buffer.from(BENCH_KEYS.FIELD_ENCRYPTION_KEYS.split(':')[1], 'base64');
const hashKey = Buffer.from(BENCH_KEYS.FIELD_HASH_KEY, 'base64');
function seal(value) {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', encKey, iv);
  const ct = Buffer.concat([c.update(value, 'utf8'), c.final()]);
  return [
    'b1',
    iv.toString('base64url'),
    c.getAuthTag().toString('base64url'),
    ct.toString('base64url'),
  ].join('.');
}
const hmac = (value) => createHmac('sha256', hashKey).update(value).digest('hex');
const mask = domain.maskIdentifier;
const twId = (serial) =>
  domain.taiwanIdFromSerial(serial % 10_000_000, 'ABCDEFGHJK'[Math.floor(serial / 10_000_000) % 10]);
const esc = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

async function copy(client, table, columns, rows) {
  const started = Date.now();
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const source = Readable.from(
    (function* () {
      let batch = [];
      for (const row of rows()) {
        batch.push(row.map(esc).join('\t'));
        if (batch.length === 5000) {
          yield `${batch.join('\n')}\n`;
          batch = [];
        }
      }
      if (batch.length) yield `${batch.join('\n')}\n`;
    })(),
  );
  await pipeline(source, stream);
  console.log(`  ${table}: ${stream.rowCount} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const started = Date.now();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${values.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${values.database}`);
  await admin.end();
  const migrate = spawnSync(
    process.execPath,
    [resolve(root, 'dist/apps/api/apps/api/src/cli.js'), 'migrate'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
        ...BENCH_KEYS,
      },
      stdio: 'inherit',
    },
  );
  if (migrate.status !== 0) throw new Error('migrations failed (build first: npm run build)');

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const teamIds = Array.from({ length: TEAMS }, uuid);
  const managerIds = Array.from({ length: TEAMS }, uuid);
  const officerIds = Array.from({ length: OFFICERS }, uuid);
  const creditorIds = Array.from({ length: 10 }, uuid);
  await client.query('BEGIN');
  await copy(client, 'teams', ['id', 'name'], function* () {
    for (const [i, id] of teamIds.entries()) yield [id, `協商${i + 1}組`];
  });
  await copy(client, 'users', ['id', 'email', 'full_name', 'role', 'team_id', 'password_hash'], function* () {
    yield [uuid(), 'admin@bench.test', '系統管理員', 'admin', null, hash];
    for (const [i, id] of managerIds.entries())
      yield [id, `manager${i}@bench.test`, `主管${i}`, 'manager', teamIds[i], hash];
    for (const [i, id] of officerIds.entries())
      yield [
        id,
        `officer${i}@bench.test`,
        `${pick(SURNAMES)}${pick(GIVEN)}`,
        'officer',
        teamIds[i % TEAMS],
        hash,
      ];
  });
  for (const [i, id] of managerIds.entries())
    await client.query(`UPDATE teams SET manager_id = $1 WHERE id = $2`, [id, teamIds[i]]);
  await copy(
    client,
    'creditors',
    ['id', 'name', 'product', 'penalty_daily_rate_bp', 'max_installment_months'],
    function* () {
      const products = [
        'huabei',
        'jiebei',
        'credit_card',
        'credit_card',
        'credit_card',
        'online_loan',
        'online_loan',
        'consumer_loan',
        'credit_card',
        'other',
      ];
      for (const [i, id] of creditorIds.entries()) yield [id, `債權人${i + 1}`, products[i], 5, 36];
    },
  );
  await client.query('COMMIT');
  // The firm's document templates, from the same seed the quick start uses.
  await documents.seedDocumentTemplates({
    query: (sql, params) => client.query(sql, params).then((r) => r.rows),
  });

  const caseRows = [];
  const clientRows = [];
  const debtRows = [];
  console.log(`building ${CASES} cases in memory…`);
  const histories = [];
  for (let n = 0; n < CASES; n++) {
    const caseId = uuid();
    const clientId = uuid();
    const officer = officerIds[n % OFFICERS];
    const openedDaysAgo = Math.floor(rand() * 1095);
    const opened = day(-openedDaysAgo);
    const stage = weighted(STAGES, STAGE_WEIGHTS);
    const outcome = stage === 'closed' ? weighted(OUTCOMES, OUTCOME_WEIGHTS) : null;
    // Opened at ten in the morning, or an hour ago for a case opened today before ten.
    const openedAt = Math.min(domain.zonedInstant(opened, '10:00', 'Asia/Taipei').getTime(), NOW - 3_600_000);
    const history = caseHistory({ stage, outcome, openedAt, now: NOW, rand });
    const enteredLast = history.entered[history.entered.length - 1];
    // Open cases are mostly being worked on; about one in six has been quiet for more than two weeks.
    const lastActivityAt =
      stage === 'closed' ? enteredLast : Math.max(enteredLast, NOW - rand() ** 4 * 30 * 86_400_000);
    const record = {
      id: caseId,
      officer,
      team: (n % OFFICERS) % TEAMS,
      stage,
      outcome,
      lastActivityAt,
      ...history,
    };
    histories.push(record);
    const debtCount = 1 + Math.floor(rand() * 4); // 1 to 4, 2.5 on average
    let outstandingSum = 0;
    let overdueSum = 0;
    let earliest = null;
    const creditorsOfCase = new Set();
    for (let d = 0; d < debtCount; d++) {
      const outstanding = 10000 * (1 + Math.floor(rand() * 5000));
      const overdue = Math.floor(outstanding * rand());
      const since = day(-Math.floor(rand() * 1400));
      outstandingSum += outstanding;
      overdueSum += overdue;
      if (!earliest || since < earliest) earliest = since;
      const creditorId = creditorIds[Math.floor(rand() * 10)];
      creditorsOfCase.add(creditorId);
      const debtId = uuid();
      if (d === 0) record.debt = { id: debtId, outstanding, overdue, since };
      debtRows.push([debtId, caseId, creditorId, outstanding, outstanding, overdue, since, 'CNY']);
    }
    const idNumber = twId(n + 1);
    clientRows.push([
      clientId,
      `${pick(SURNAMES)}${pick(GIVEN)}`,
      'tw_national_id',
      seal(idNumber),
      hmac(idNumber),
      mask(idNumber),
      'b1',
      officer,
    ]);
    caseRows.push([
      caseId,
      `AC-${opened.slice(0, 4)}-${String(n + 1).padStart(7, '0')}`,
      clientId,
      officer,
      stage,
      outcome,
      stage === 'closed' ? '結案' : null,
      pick(REASONS),
      pick(RISKS),
      opened,
      stage === 'closed' ? dateOf(enteredLast) : null,
      outstandingSum,
      overdueSum,
      // The catalog here is all mainland creditors: every amount is in yuan.
      JSON.stringify({ CNY: { outstandingFen: outstandingSum, overdueFen: overdueSum } }),
      earliest,
      debtCount,
      `{${[...creditorsOfCase].sort().join(',')}}`,
      history.furthest,
      new Date(lastActivityAt).toISOString(),
      new Date(openedAt).toISOString(),
    ]);
  }
  // Triggers (and the foreign keys' checks) off while loading rows that agree by construction; the
  // aggregates they would keep are rebuilt in bulk below.
  await client.query(`SET session_replication_role = replica`);
  await copy(
    client,
    'clients',
    [
      'id',
      'full_name',
      'id_type',
      'id_number_cipher',
      'id_number_hash',
      'id_number_masked',
      'key_id',
      'officer_id',
    ],
    () => clientRows,
  );
  await copy(
    client,
    'cases',
    [
      'id',
      'reference',
      'client_id',
      'officer_id',
      'stage',
      'outcome',
      'closing_note',
      'overdue_reason',
      'litigation_risk',
      'opened_on',
      'closed_on',
      'total_outstanding_fen',
      'total_overdue_fen',
      'totals_by_currency',
      'earliest_overdue_since',
      'open_debt_count',
      'creditor_ids',
      'furthest_step',
      'last_activity_at',
      'created_at',
    ],
    () => caseRows,
  );
  caseRows.length = 0;
  clientRows.length = 0;
  await copy(
    client,
    'debts',
    [
      'id',
      'case_id',
      'creditor_id',
      'principal_fen',
      'outstanding_fen',
      'overdue_fen',
      'overdue_since',
      'currency',
    ],
    () => debtRows,
  );
  const debtCount = debtRows.length;
  debtRows.length = 0;
  await loadHistory(client, histories, managerIds);
  await client.query(`SET session_replication_role = origin`);
  await client.query(`TRUNCATE case_counts`);
  await client.query(
    `INSERT INTO case_counts (officer_id, stage, n, outstanding_fen)
     SELECT officer_id, stage, count(*), sum(total_outstanding_fen) FROM cases GROUP BY 1, 2`,
  );
  await client.query(`SELECT setval('case_reference_seq', $1)`, [CASES + 1]);
  console.log('analyzing…');
  await client.query('VACUUM ANALYZE');
  await client.end();
  console.log(
    `bench firm ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${CASES} cases, ${debtCount} debts, ${OFFICERS} officers in ${TEAMS} teams → ${url}`,
  );
}

/** Everything the cases left behind, table by table, from the cases' histories. */
async function loadHistory(client, histories, managerIds) {
  const officer = (c) => c.officer;
  const manager = (c) => managerIds[c.team];
  const EVENTS = Number(values['events-per-case']);
  const REMINDERS = Number(values['reminders-per-case']);
  await copy(client, 'case_events', ['case_id', 'at', 'actor_id', 'kind', 'details'], function* () {
    for (const c of histories) yield* timelineEvents(c, officer, EVENTS, rand);
  });
  await copy(
    client,
    'case_stage_stays',
    ['case_id', 'stage', 'entered_at', 'left_at', 'officer_id'],
    function* () {
      for (const c of histories) yield* stageStays(c, officer);
    },
  );
  await copy(
    client,
    'reminders',
    [
      'id',
      'kind',
      'case_id',
      'subject_type',
      'subject_id',
      'slot',
      'recipient',
      'recipient_user_id',
      'due_at',
      'status',
      'fired_at',
      'officer_id',
      'case_open',
    ],
    function* () {
      for (const c of histories) yield* reminders(c, officer, manager, REMINDERS, NOW, rand, uuid);
    },
  );
  const talks = { proposals: [], plans: [], installments: [], payments: [], allocations: [] };
  for (const c of histories) {
    const made = negotiation(c, c.debt, c.officer, CREDITOR_RULE, NOW, rand, uuid);
    for (const key of Object.keys(talks)) for (const row of made[key]) talks[key].push(row);
  }
  await copy(
    client,
    'proposals',
    [
      'id',
      'case_id',
      'debt_id',
      'kind',
      'status',
      'total_fen',
      'months',
      'first_due_date',
      'waived_penalty_fen',
      'created_by',
      'submitted_at',
      'decided_at',
      'created_at',
    ],
    () => talks.proposals,
  );
  await copy(
    client,
    'repayment_plans',
    [
      'id',
      'proposal_id',
      'case_id',
      'debt_id',
      'total_fen',
      'months',
      'first_due_date',
      'grace_months',
      'created_at',
      'paid_fen',
      'next_unpaid_due_on',
      'without_agreement_fen',
      'saved_fen',
      'officer_id',
      'case_open',
      'base_fen',
      'starts_on',
    ],
    () => talks.plans,
  );
  await copy(
    client,
    'installments',
    ['id', 'plan_id', 'number', 'due_date', 'amount_fen'],
    () => talks.installments,
  );
  await copy(
    client,
    'payments',
    [
      'id',
      'plan_id',
      'installment_id',
      'amount_fen',
      'paid_on',
      'method',
      'recorded_by',
      'payee_kind',
      'payee_name',
    ],
    () => talks.payments,
  );
  await copy(
    client,
    'payment_allocations',
    ['payment_id', 'installment_id', 'amount_fen', 'days_late'],
    () => talks.allocations,
  );
  await copy(
    client,
    'document_requirements',
    ['id', 'case_id', 'kind', 'required', 'status', 'due_on', 'verified_by', 'officer_id', 'case_open'],
    function* () {
      for (const c of histories) yield* documentRequirements(c, c.officer, NOW, rand, uuid);
    },
  );
  await copy(
    client,
    'contacts',
    [
      'id',
      'case_id',
      'party',
      'channel',
      'occurred_at',
      'summary',
      'next_follow_up_at',
      'created_by',
      'officer_id',
      'case_open',
      'answered',
    ],
    function* () {
      for (const c of histories) yield* contacts(c, c.officer, NOW, rand, uuid);
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
