// CSV import of 10,000 rows (5,000 clients with two debts each) through the API: preview, then commit,
// timed end to end. Runs against the bench firm (bench/generate-cases.mjs) as one of its officers.
// Usage: node bench/client-import.bench.mjs [--rows 10000]
import { parseArgs } from 'node:util';
import { startBenchApi } from './bench-api.mjs';
import { benchDatabaseUrl, domain } from './bench-env.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const ROWS = Number(values.rows);

// Letter Z: outside the letters the bench generator uses, so imported clients never collide with it.
const twId = (serial) => domain.taiwanIdFromSerial(serial, 'Z');

const run = Date.now() % 1_000_000;
const lines = ['姓名,證件號碼,同意,逾期原因,債權人,本金,未償金額,逾期金額,逾期日'];
for (let i = 0; i < ROWS / 2; i++) {
  const id = twId(run * 10 + i);
  lines.push(
    `匯入客戶${i},${id},是,失業,債權人1,1000,1000,500,2026-08-01`,
    `匯入客戶${i},${id},是,失業,債權人2,2000.50,2000.50,2000,2026-07-01`,
  );
}
const csv = `\uFEFF${lines.join('\r\n')}\r\n`;

const api = await startBenchApi(benchDatabaseUrl());
try {
  const headers = {
    authorization: `Bearer ${await api.token('officer7@bench.test')}`,
    'content-type': 'text/csv',
  };
  let started = performance.now();
  const preview = await fetch(`${api.base}/api/imports/clients/preview`, {
    method: 'POST',
    headers,
    body: csv,
  });
  const previewMs = performance.now() - started;
  const previewBody = await preview.json();
  started = performance.now();
  const commit = await fetch(`${api.base}/api/imports/clients/commit`, {
    method: 'POST',
    headers,
    body: csv,
  });
  const commitMs = performance.now() - started;
  const commitBody = await commit.json();
  console.log(
    `${ROWS} rows (${(csv.length / 1e6).toFixed(1)} MB): preview ${previewMs.toFixed(0)} ms (${preview.status}, valid ${previewBody.valid}), commit ${commitMs.toFixed(0)} ms (${commit.status}: ${JSON.stringify(commitBody)})`,
  );
} finally {
  api.stop();
}
