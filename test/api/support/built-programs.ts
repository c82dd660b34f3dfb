import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';

// The built programs, as production runs them: test/run-all.mjs builds before testing.
const root = resolve(__dirname, '../../..');
export const apiMain = resolve(root, 'dist/apps/api/apps/api/src/main.js');
export const workerMain = resolve(root, 'dist/apps/worker/apps/worker/src/main.js');
export const cliMain = resolve(root, 'dist/apps/api/apps/api/src/cli.js');

export interface RunningProgram {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a built program with exactly this environment (and PATH), its output captured. */
export function runProgram(script: string, env: Record<string, string>, args: string[] = []): RunningProgram {
  let output = '';
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Resolves once something accepts TCP connections on the port (a redis-server the test started). */
export async function portAnswers(port: number, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
