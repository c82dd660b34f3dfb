import { createTestDatabase, TEST_FIELD_KEYS, type TestDatabase } from '@accord/server-testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/message-servers';
import { brokenUploads, sendRaw } from './support/raw-multipart';
import { samplePdf } from './support/sample-files';

// The built program, as production runs it: a crash here is the process gone, not a failed assertion.
const root = resolve(__dirname, '../..');
const apiMain = resolve(root, 'dist/apps/api/apps/api/src/main.js');
const cli = resolve(root, 'dist/apps/api/apps/api/src/cli.js');
const storageDir = mkdtempSync(join(tmpdir(), 'accord-malformed-process-'));

let database: TestDatabase;
let api: ChildProcess | undefined;
let output = '';
let base = '';
let port = 0;

beforeAll(async () => {
  if (!existsSync(apiMain) || !existsSync(cli)) throw new Error('build the api first (npm run build)');
  database = await createTestDatabase('malformed_process');
  const env = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: database.url,
    JWT_SECRET: 'x'.repeat(40),
    STORAGE_DIR: storageDir,
    ...TEST_FIELD_KEYS,
  };
  const seed = spawn(process.execPath, [cli, 'seed'], { env, stdio: 'ignore' });
  expect(await new Promise((done) => seed.on('exit', done))).toBe(0);
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, [apiMain], {
    env: { ...env, PORT: String(port), LOG_LEVEL: 'warn', UPLOAD_LINK_REQUESTS_PER_MINUTE: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (d) => (output += d));
  api.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 30000;
  for (;;) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 120000);

afterAll(async () => {
  api?.kill('SIGKILL');
  await database?.drop();
  rmSync(storageDir, { recursive: true, force: true });
});

/** What the kernel says the process holds: resident memory and open descriptors (files, sockets). */
function footprint(pid: number): { rssKb: number; fds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rssKb: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]),
    fds: readdirSync(`/proc/${pid}/fd`).length,
  };
}

const storedFiles = () =>
  readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

async function uploadRoutes() {
  const signIn = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@accord.test', password: 'Accord-Demo-2026' }),
  });
  expect(signIn.status).toBe(200);
  const auth = { Authorization: `Bearer ${((await signIn.json()) as { accessToken: string }).accessToken}` };
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    const {
      rows: [item],
    } = await db.query(
      `SELECT r.id, r.case_id FROM document_requirements r JOIN cases c ON c.id = r.case_id
        WHERE c.stage <> 'closed' AND r.status IN ('requested', 'rejected') ORDER BY r.id LIMIT 1`,
    );
    const {
      rows: [other],
    } = await db.query(
      `SELECT id FROM document_requirements WHERE case_id = $1 AND id <> $2 AND status IN ('requested', 'rejected') LIMIT 1`,
      [item.case_id, item.id],
    );
    const {
      rows: [payment],
    } = await db.query(
      `SELECT y.id FROM payments y JOIN repayment_plans p ON p.id = y.plan_id JOIN cases c ON c.id = p.case_id
        WHERE c.stage <> 'closed' LIMIT 1`,
    );
    const link = await fetch(`${base}/api/cases/${item.case_id}/upload-links`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ expiresInDays: 5 }),
    });
    expect(link.status).toBe(201);
    const token = String(((await link.json()) as { url: string }).url).split('#')[1];
    return [
      { path: `/api/document-requirements/${item.id}/files`, headers: auth },
      { path: `/api/payments/${payment.id}/proofs`, headers: auth },
      { path: `/api/public/upload-link/items/${other.id}/files`, headers: { 'X-Upload-Token': token } },
    ];
  } finally {
    await db.end();
  }
}

describe('the built API under broken uploads', () => {
  it('answers 50 broken multipart bodies in a row on its three upload routes, stays up, and holds no memory or descriptors for them', async () => {
    const routes = await uploadRoutes();
    // 2 MB files: were each broken request to keep its bytes, 50 of them would show in the RSS.
    const file = Buffer.concat([samplePdf('broken'), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    const uploads = brokenUploads(file);
    const filesBefore = storedFiles();
    const send = async (i: number) => {
      const route = routes[i % routes.length];
      const upload = uploads[i % uploads.length];
      const answer = await sendRaw(port, route.path, upload, route.headers);
      return answer ? `${answer.status} ${JSON.parse(answer.body).code}` : 'hung up';
    };
    // Warm-up: code paths compiled and buffers grown before the baseline is taken.
    for (let i = 0; i < uploads.length; i++) await send(i);
    const pid = api?.pid as number;
    const before = footprint(pid);

    const answers: string[] = [];
    for (let i = 0; i < 50; i++) answers.push(await send(i));
    const expected = Array.from({ length: 50 }, (_, i) =>
      uploads[i % uploads.length].hangUpAfter === undefined ? '400 MALFORMED_MULTIPART' : 'hung up',
    );
    expect(answers).toEqual(expected);
    expect(api?.exitCode).toBeNull();

    // Hung-up uploads are cleaned up as the server sees their sockets close; give that a moment.
    const settled = (now: { fds: number }) =>
      now.fds <= before.fds + 2 && storedFiles().length === filesBefore.length;
    const deadline = Date.now() + 10000;
    let after = footprint(pid);
    while (!settled(after) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      after = footprint(pid);
    }
    expect(after.fds).toBeLessThanOrEqual(before.fds + 2);
    // the 50 requests carried ~90 MB of file data; a process that kept any sizeable part of it grows past this.
    expect(after.rssKb - before.rssKb).toBeLessThan(48 * 1024);
    expect(storedFiles()).toEqual(filesBefore);

    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(samplePdf('after the storm'))]), 'good.pdf');
    const good = await fetch(`${base}${routes[0].path}`, {
      method: 'POST',
      headers: routes[0].headers,
      body: form,
    });
    expect(good.status).toBe(201);
    expect(api?.exitCode).toBeNull();
  }, 120000);
});
