// Runs every suite of Accord in one Vitest run (unit, api, browser) after building what the api and
// browser suites start, then prints one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = resolve(root, 'test/.artifacts');
const report = resolve(artifacts, 'vitest-report.json');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const bin = (name) => resolve(root, 'node_modules/.bin', name);

mkdirSync(artifacts, { recursive: true });
rmSync(report, { force: true });

const build = spawnSync(bin('nx'), ['run-many', '-t', 'build', '--outputStyle=static'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.log('build failed: no suite could run');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const args = [
  'run',
  '--config',
  'test/vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const tests = spawnSync(bin('vitest'), args, { cwd: root, env, stdio: 'inherit' });

let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.log('the test run wrote no report');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// A file that fails to load, or whose beforeAll fails (its tests then only show as skipped), has no
// failed test of its own but must still count as a failure.
const brokenFiles = summary.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
).length;
const passed = summary.numPassedTests;
// An error outside any test (a broken config, an unhandled rejection) fails the run as one failure.
const outside = tests.status !== 0 && summary.numFailedTests + brokenFiles === 0 ? 1 : 0;
if (outside) console.log('the test run failed outside any test: see the errors above');
const lintFailed = process.env.LINT_FAILED === '1' ? 1 : 0;
if (lintFailed) console.log('lint failed (npm run lint): counted as one failure');
const failed = summary.numFailedTests + brokenFiles + outside + lintFailed;
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || tests.status !== 0 || passed === 0 ? 1 : 0);
