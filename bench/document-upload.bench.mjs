// Upload throughput: 100 files of 5 MB through the API (multipart, streamed to disk storage) against
// writing the same bytes straight to the same storage, and the API's peak memory while it uploads.
// Needs the bench firm (bench/generate-cases.mjs) and a build. Usage: node bench/document-upload.bench.mjs
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startBenchApi } from './bench-api.mjs';
import { benchDatabaseUrl, core, domain } from './bench-env.mjs';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '100' }, mb: { type: 'string', default: '5' } },
});
const FILES = Number(values.files);
const SIZE = Number(values.mb) * 1024 * 1024;
const peakRssMb = (pid) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

// Distinct files (the API refuses the same bytes twice in one case), each a PDF by its first bytes.
const head = Buffer.from('%PDF-1.4\n% accord bench\n');
const files = Array.from({ length: FILES }, () => Buffer.concat([head, randomBytes(SIZE - head.length)]));

const apiDir = mkdtempSync(join(tmpdir(), 'accord-bench-api-'));
const directDir = mkdtempSync(join(tmpdir(), 'accord-bench-direct-'));
const api = await startBenchApi(benchDatabaseUrl(), { STORAGE_DIR: apiDir });
try {
  const headers = {
    authorization: `Bearer ${await api.token('officer3@bench.test')}`,
    'content-type': 'application/json',
  };
  const call = async (path, body) => {
    const response = await fetch(`${api.base}/api${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  // A fresh case in documents, so its checklist has items to take the files.
  const serial = Date.now() % 9_000_000;
  const client = await call('/clients', {
    fullName: '上傳測試',
    idType: 'tw_national_id',
    idNumber: domain.taiwanIdFromSerial(serial, 'Y'),
    consentPurposes: ['debt_negotiation'],
  });
  const opened = await call('/cases', { clientId: client.id, overdueReason: 'other' });
  const creditors = await (await fetch(`${api.base}/api/creditors?product=huabei`, { headers })).json();
  await call('/debts', {
    caseId: opened.id,
    creditorId: creditors.data[0].id,
    principalFen: 1,
    outstandingFen: 1,
    overdueFen: 1,
  });
  await call(`/cases/${opened.id}/transition`, { to: 'documents', reason: 'bench' });
  const items = await (
    await fetch(`${api.base}/api/document-requirements?caseId=${opened.id}&perPage=50`, { headers })
  ).json();
  if (!items.data.length)
    throw new Error('no checklist items: seed document templates in the bench database first');

  const baseline = rssMb(api.pid);
  let started = performance.now();
  for (const [i, file] of files.entries()) {
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'application/pdf' }), `statement-${i}.pdf`);
    const response = await fetch(
      `${api.base}/api/document-requirements/${items.data[i % items.data.length].id}/files`,
      {
        method: 'POST',
        headers: { authorization: headers.authorization },
        body: form,
      },
    );
    if (response.status !== 201) throw new Error(`upload ${i}: ${response.status} ${await response.text()}`);
  }
  const apiSeconds = (performance.now() - started) / 1000;
  const peak = peakRssMb(api.pid);

  const storage = new core.DiskStorage(directDir);
  started = performance.now();
  for (const [i, file] of files.entries())
    await storage.put(`documents/bench/file-${i}`, Readable.from([file]), 'application/pdf');
  const directSeconds = (performance.now() - started) / 1000;

  const megabytes = (FILES * SIZE) / 1048576;
  console.log(`${FILES} files × ${SIZE / 1048576} MB = ${megabytes} MB`);
  console.log(
    `API (multipart, sniffed, hashed, streamed to disk, recorded): ${(megabytes / apiSeconds).toFixed(1)} MB/s (${apiSeconds.toFixed(1)} s)`,
  );
  console.log(
    `direct DiskStorage.put of the same bytes: ${(megabytes / directSeconds).toFixed(1)} MB/s (${directSeconds.toFixed(1)} s)`,
  );
  console.log(
    `API memory: RSS ${baseline.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during (files are ${SIZE / 1048576} MB each)`,
  );
} finally {
  api.stop();
  rmSync(apiDir, { recursive: true, force: true });
  rmSync(directDir, { recursive: true, force: true });
}
