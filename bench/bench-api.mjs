// Starts the built API against the bench database on a free port, and signs people in.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_KEYS, BENCH_PASSWORD } from './bench-env.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

export async function startBenchApi(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/apps/api/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '20',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: 'bench',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      LOG_LEVEL: 'warn',
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: '1000',
      ...BENCH_KEYS,
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // still starting
    }
    if (i > 150) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const token = async (email) => {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return (await response.json()).accessToken;
  };
  return { base, token, pid: api.pid, stop: () => api.kill('SIGTERM') };
}
