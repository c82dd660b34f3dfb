import { createTestDatabase, TEST_FIELD_KEYS } from '@accord/server-testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const API_DIST = resolve(ROOT, 'dist/apps/api/apps/api/src');
const DASHBOARD_DIST = resolve(ROOT, 'dist/apps/dashboard');
const JWT_SECRET = 'browser-test-secret-that-is-long-enough-0123456789';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const ARTIFACTS = resolve(ROOT, 'test/.artifacts');

export interface Product {
  baseUrl: string;
  /** Runs `node cli.js <command>` against the product's database, as an operator would. */
  cli(command: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built product as people get it: a fresh database seeded with the demo firm, and the API process
 * serving the built dashboard. Build first (`nx run-many -t build --projects=api,dashboard`).
 */
export async function startProduct(): Promise<Product> {
  const database = await createTestDatabase('browser');
  let server: ChildProcess | undefined;
  try {
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      JWT_SECRET,
      ...TEST_FIELD_KEYS,
      REDIS_URL,
      QUEUE_PREFIX: `b${randomBytes(5).toString('hex')}`,
      LOG_LEVEL: 'warn',
      DASHBOARD_DIST,
    };
    await runToEnd('node', [resolve(API_DIST, 'cli.js'), 'seed'], env);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const output: string[] = [];
    server = spawn('node', [resolve(API_DIST, 'main.js')], {
      cwd: ROOT,
      // Upload links carry the product's own address, so a test can open the link it was given.
      env: { ...env, PORT: String(port), PUBLIC_BASE_URL: baseUrl },
    });
    server.stdout?.on('data', (chunk) => output.push(String(chunk)));
    server.stderr?.on('data', (chunk) => output.push(String(chunk)));
    await waitForHealth(baseUrl, server, output);

    const running = server;
    return {
      baseUrl,
      cli: (command) => runToEnd('node', [resolve(API_DIST, 'cli.js'), command], env),
      stop: async () => {
        await stopProcess(running);
        await database.drop();
      },
    };
  } catch (error) {
    if (server) await stopProcess(server);
    await database.drop();
    throw error;
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env });
    const output: string[] = [];
    child.stdout.on('data', (chunk) => output.push(String(chunk)));
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.join('')}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  server: ChildProcess,
  output: string[],
  timeoutMs = 60000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the API exited with ${server.exitCode}:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs} ms:\n${output.join('')}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
