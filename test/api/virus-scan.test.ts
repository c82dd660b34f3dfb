import { seedCreditorCatalog } from '@accord/server-creditors';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors } from './support/cases';
import { buildFirm } from './support/firm';
import { freePort } from './support/message-servers';
import { samplePdf } from './support/sample-files';
import { uploadRoutes, type UploadRoute } from './support/upload-routes';

// The EICAR test string, assembled here so that this source file itself never looks infected.
const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

const scratch = mkdtempSync(join(tmpdir(), 'accord-clamd-'));
const storageDir = join(scratch, 'uploads');
let clamd: ChildProcess | undefined;
let clamdExited: Promise<unknown> | undefined;
let clamdOutput = '';
let clamdPort = 0;

// A clamd of the test's own, on a database holding one signature the test writes: EICAR anywhere in a
// file. Registered before the app's hooks, so the API boots pointed at a clamd that answers.
beforeAll(async () => {
  const binary = ['/usr/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(delimiter)]
    .map((dir) => join(dir, 'clamd'))
    .find((path) => existsSync(path));
  if (!binary) throw new Error('clamd is not installed: apt-get install -y clamav-daemon');
  const databaseDir = join(scratch, 'db');
  mkdirSync(databaseDir);
  mkdirSync(storageDir);
  writeFileSync(
    join(databaseDir, 'accord-test.ndb'),
    `Accord.Test.EICAR:0:*:${Buffer.from(EICAR, 'latin1').toString('hex')}\n`,
  );
  clamdPort = await freePort();
  const config = join(scratch, 'clamd.conf');
  writeFileSync(
    config,
    [
      'Foreground yes',
      `TCPSocket ${clamdPort}`,
      'TCPAddr 127.0.0.1',
      `DatabaseDirectory ${databaseDir}`,
      `PidFile ${join(scratch, 'clamd.pid')}`,
      `TemporaryDirectory ${scratch}`,
      // Above the API's upload limit, so a clean file is never refused for its size.
      'StreamMaxLength 64M',
      'SelfCheck 0',
    ].join('\n') + '\n',
  );
  clamd = spawn(binary, [`--config-file=${config}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  clamd.stdout?.on('data', (d) => (clamdOutput += d));
  clamd.stderr?.on('data', (d) => (clamdOutput += d));
  clamdExited = new Promise((done) => clamd?.once('exit', done));
  const deadline = Date.now() + 60000;
  while ((await clamdSays('zPING\0')) !== 'PONG') {
    if (clamd.exitCode !== null || Date.now() > deadline)
      throw new Error(`clamd did not start:\n${clamdOutput}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 90000);

afterAll(async () => {
  if (clamd && clamd.exitCode === null) {
    clamd.kill('SIGCONT');
    clamd.kill('SIGKILL');
    await clamdExited;
  }
  rmSync(scratch, { recursive: true, force: true });
});

const api = useApiApp('virus_scan', () => ({
  STORAGE_DIR: storageDir,
  CLAMAV_HOST: '127.0.0.1',
  CLAMAV_PORT: String(clamdPort),
  CLAMAV_TIMEOUT_MS: '1500',
}));
let routes: UploadRoute[] = [];

beforeAll(async () => {
  const firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  const { huabei } = await catalogCreditors(api, firm.admin);
  routes = await uploadRoutes(api, firm.officerA1, huabei, 32000);
});

function clamdSays(command: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(clamdPort, '127.0.0.1');
    let reply = '';
    socket.on('data', (d) => (reply += d));
    socket.on('close', () => resolve(reply.replace(/\0$/, '')));
    socket.on('error', () => resolve(''));
    socket.write(command);
  });
}

const upload = (route: UploadRoute, file: Buffer, name: string) =>
  api.http().post(route.path).set(route.headers).attach('file', file, name);

/** What an upload could have left behind: rows of either kind and objects in storage. */
async function kept() {
  const [rows] = await api.app
    .get(DataSource)
    .query(
      `SELECT (SELECT count(*)::int FROM document_files) AS files, (SELECT count(*)::int FROM payment_proofs) AS proofs`,
    );
  const objects = readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { ...rows, objects: objects.length };
}

describe('the virus scan of uploads', () => {
  it('keeps a clean file, and refuses an infected one on every route with 422 FILE_INFECTED, keeping nothing', async () => {
    const [documents, proofs] = routes;
    const clean = await upload(proofs, samplePdf('clean receipt'), 'clean.pdf').expect(201);
    expect(clean.body.mediaType).toBe('application/pdf');
    const before = await kept();
    expect(before).toEqual({ files: 0, proofs: 1, objects: 1 });

    // EICAR inside a small PDF, and at the end of a 3 MB one (after many chunks have streamed through).
    const small = samplePdf(EICAR);
    const large = Buffer.concat([
      samplePdf('large'),
      Buffer.alloc(3 * 1024 * 1024, 0x20),
      Buffer.from(EICAR),
    ]);
    for (const route of routes) {
      for (const [file, name] of [
        [small, 'infected.pdf'],
        [large, 'infected-large.pdf'],
      ] as const) {
        const refused = await upload(route, file, name).expect(422);
        expect(refused.body).toMatchObject({
          code: 'FILE_INFECTED',
          details: { signature: 'Accord.Test.EICAR.UNOFFICIAL' },
        });
      }
    }
    expect(await kept()).toEqual(before);
    const item = await api
      .http()
      .get(`/api/document-requirements/${documents.path.split('/')[3]}`)
      .set(documents.headers)
      .expect(200);
    expect(item.body.status).toBe('requested');
  });

  it('answers 503 with Retry-After and keeps nothing while clamd hangs, and again once it is gone', async () => {
    const [documents, proofs, link] = routes;
    const before = await kept();
    clamd?.kill('SIGSTOP');
    try {
      const hanging = await upload(proofs, samplePdf('while clamd hangs'), 'receipt.pdf').expect(503);
      expect(hanging.body.code).toBe('VIRUS_SCAN_UNAVAILABLE');
      expect(hanging.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      clamd?.kill('SIGCONT');
    }
    expect(await kept()).toEqual(before);

    clamd?.kill('SIGTERM');
    await clamdExited;
    for (const [i, route] of [documents, proofs, link].entries()) {
      const down = await upload(route, samplePdf(`while clamd is down ${i}`), 'statement.pdf').expect(503);
      expect(down.body.code).toBe('VIRUS_SCAN_UNAVAILABLE');
      expect(down.headers['retry-after']).toMatch(/^\d+$/);
    }
    expect(await kept()).toEqual(before);
    await api.http().get('/api/health').expect(200);
  });
});
