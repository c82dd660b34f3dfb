import { createTestDatabase, TEST_FIELD_KEYS, type TestDatabase } from '@accord/server-testing';
import { DEMO_PASSWORD } from '@accord/server-users';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './message-servers';

const root = resolve(__dirname, '../../..');
const apiMain = resolve(root, 'dist/apps/api/apps/api/src/main.js');
const cli = resolve(root, 'dist/apps/api/apps/api/src/cli.js');
const dashboard = resolve(root, 'dist/apps/dashboard');

export const JWT_SECRET = 'built-api-secret-that-is-long-enough-0123';

export interface BuiltApi {
  baseUrl: string;
  database: TestDatabase;
  /** Everything the API wrote to stdout and stderr so far: its JSON log lines. */
  output(): string;
  /** Signs a demo user in (password Accord-Demo-2026) and answers the bearer header. */
  signIn(email: string): Promise<Record<string, string>>;
}

function runToEnd(script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`${args.join(' ')}: ${output}`))));
  });
}

/**
 * The API as the quick start runs it: the built program, serving the built dashboard, on a seeded demo
 * firm of this file's own database, with PostgreSQL for its queues (the database goes, and they with it).
 */
export function useBuiltApi(label: string, extraEnv: Record<string, string> = {}): BuiltApi {
  let child: ChildProcess | undefined;
  let output = '';
  let storageDir = '';
  const api = { output: () => output } as BuiltApi;

  beforeAll(async () => {
    for (const path of [apiMain, cli, join(dashboard, 'index.html')])
      if (!existsSync(path)) throw new Error(`${path} is missing: build the api and the dashboard first`);
    api.database = await createTestDatabase(label);
    storageDir = mkdtempSync(join(tmpdir(), `accord-${label}-`));
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: api.database.url,
      JWT_SECRET,
      STORAGE_DIR: storageDir,
      DASHBOARD_DIST: dashboard,
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ...TEST_FIELD_KEYS,
      ...extraEnv,
    };
    await runToEnd(cli, ['seed'], env);
    child = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    api.baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    for (;;) {
      const ready = await fetch(`${api.baseUrl}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`the built API did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    api.signIn = async (email) => {
      const response = await fetch(`${api.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`);
      const { accessToken } = (await response.json()) as { accessToken: string };
      return { Authorization: `Bearer ${accessToken}` };
    };
  }, 120000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child?.on('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await api.database?.drop();
    if (storageDir) rmSync(storageDir, { recursive: true, force: true });
  });

  return api;
}
