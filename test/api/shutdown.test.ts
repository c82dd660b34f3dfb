import {
  createTestDatabase,
  TEST_DATABASE_ADMIN_URL,
  TEST_FIELD_KEYS,
  type TestDatabase,
} from '@accord/server-testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/message-servers';

/**
 * SIGTERM under keep-alive load, as a rolling deploy sends it: the built API stops taking requests at
 * once, finishes the one in flight, and exits 0 within SHUTDOWN_GRACE_MS.
 */
const apiMain = resolve(__dirname, '../../dist/apps/api/apps/api/src/main.js');
const GRACE_MS = 8000;
let database: TestDatabase;
let child: ChildProcess | undefined;
let output = '';
let port = 0;

beforeAll(async () => {
  if (!existsSync(apiMain)) throw new Error('build the api first (npm run build)');
  database = await createTestDatabase('shutdown');
  port = await freePort();
  child = spawn(process.execPath, [apiMain], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `shutdown${port}`,
      JWT_SECRET: 'shutdown-test-secret-long-enough-0123456789',
      PORT: String(port),
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      DASHBOARD_DIST: '/nonexistent',
      ...TEST_FIELD_KEYS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 30000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

/** One GET on the given agent: answers when it was sent and what came back (or the error). */
function get(agent: Agent, path: string): Promise<{ sentAt: number; status?: number; error?: string }> {
  const sentAt = Date.now();
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => done({ sentAt, status: res.statusCode }));
    });
    req.on('error', (error) =>
      done({ sentAt, error: (error as NodeJS.ErrnoException).code ?? error.message }),
    );
    req.end();
  });
}

describe('SIGTERM under load', () => {
  it('stops taking requests, finishes the one in flight, and exits 0 within the grace', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const answers: { sentAt: number; status?: number; error?: string }[] = [];
    let loading = true;
    // Four keep-alive connections asking as fast as they are answered, until the first refusal.
    const load = Array.from({ length: 4 }, async () => {
      while (loading) {
        const answer = await get(agent, '/api/health/live');
        answers.push(answer);
        if (answer.error) return;
      }
    });
    await new Promise((r) => setTimeout(r, 500));

    // A request in flight: sign-in waits on a lock on the users table until it is released.
    const admin = new URL(TEST_DATABASE_ADMIN_URL);
    admin.pathname = `/${database.name}`;
    const locker = new Client({ connectionString: admin.toString() });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@accord.test', password: 'whatever-it-is' }),
    }).then((r) => r.status);
    await new Promise((r) => setTimeout(r, 300));

    const exited = new Promise<{ code: number | null; at: number }>((done) =>
      child?.once('exit', (code) => done({ code, at: Date.now() })),
    );
    const signalledAt = Date.now();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    const fresh = await get(new Agent(), '/api/health/live');
    await locker.query('ROLLBACK');
    await locker.end();
    const inFlightStatus = await inFlight;
    const { code, at } = await exited;
    loading = false;
    await Promise.all(load);
    agent.destroy();

    const servedAfter = answers.filter((a) => a.status && a.sentAt > signalledAt + 500).length;
    const servedBefore = answers.filter((a) => a.status && a.sentAt <= signalledAt).length;
    const artifacts = resolve(__dirname, '../.artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      resolve(artifacts, 'shutdown-figures.json'),
      JSON.stringify(
        {
          servedBefore,
          servedAfter,
          inFlightStatus,
          exitCode: code,
          exitMs: at - signalledAt,
          graceMs: GRACE_MS,
        },
        null,
        2,
      ),
    );
    expect(servedBefore).toBeGreaterThan(10);
    // The keep-alive clients were told to go and new connections were refused.
    expect(servedAfter).toBe(0);
    expect(fresh.error).toBe('ECONNREFUSED');
    // The sign-in in flight finished with its real answer (no such user), not a cut connection.
    expect(inFlightStatus).toBe(401);
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(GRACE_MS + 3000);
    expect(output).toContain('SIGTERM received: draining');
  });
});
