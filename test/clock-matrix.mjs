// Plays the reminder suites at the hours and dates that broke them before: 03:00, 13:00 and 23:30 in
// Taipei today, 23:30 on this month's last day and on the next 29 February. The rig's clock (API and
// worker share it) starts at each instant through ACCORD_TEST_CLOCK while PostgreSQL and the queue keep
// real time, as a firm's clock and its services do. `--faketime` instead runs each whole Node process
// under Debian's faketime at those moments (the wall clock itself moved; PostgreSQL's is not).
// Usage: node test/clock-matrix.mjs [--faketime] [vitest file filters…]
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const useFaketime = args.includes('--faketime');
const filters = args.filter((a) => a !== '--faketime');
const files = filters.length
  ? filters
  : [
      'test/api/reminders-redis.test.ts',
      'test/api/reminders-postgres.test.ts',
      'test/api/reminder-delivery-redis.test.ts',
      'test/api/reminder-delivery-postgres.test.ts',
    ];

const TAIPEI = '+08:00';
const taipeiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());
const [year, month] = taipeiToday.split('-').map(Number);
const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
let leapYear = year + (month > 2 ? 1 : 0);
while (!(leapYear % 4 === 0 && (leapYear % 100 !== 0 || leapYear % 400 === 0))) leapYear++;
const moments = [
  `${taipeiToday}T03:00:00${TAIPEI}`,
  `${taipeiToday}T13:00:00${TAIPEI}`,
  `${taipeiToday}T23:30:00${TAIPEI}`,
  `${lastDay}T23:30:00${TAIPEI}`,
  `${leapYear}-02-29T23:30:00${TAIPEI}`,
];

const results = [];
for (const moment of moments) {
  const env = { ...process.env, FORCE_COLOR: '0' };
  const vitest = [
    resolve(root, 'node_modules/.bin/vitest'),
    'run',
    '--config',
    'test/vitest.config.mts',
    ...files,
  ];
  let command;
  if (useFaketime) {
    // faketime takes local wall time: give it the instant in UTC with TZ=UTC.
    const utc = new Date(moment).toISOString().replace('T', ' ').slice(0, 19);
    env.TZ = 'UTC';
    command = ['faketime', ['-f', `@${utc}`, ...vitest]];
  } else {
    env.ACCORD_TEST_CLOCK = moment;
    command = [vitest[0], vitest.slice(1)];
  }
  console.log(`\n=== ${moment}${useFaketime ? ' (faketime)' : ''} ===`);
  const run = spawnSync(command[0], command[1], { cwd: root, env, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const tests = /Tests\s+(.*)/.exec(output)?.[1]?.trim() ?? 'no summary';
  console.log(tests);
  if (run.status !== 0)
    console.log(
      output
        .split('\n')
        .filter((l) => /FAIL|✗|×|Error/.test(l))
        .slice(0, 20)
        .join('\n'),
    );
  results.push({ moment, ok: run.status === 0, tests });
}
console.log('\nclock matrix:');
for (const r of results) console.log(`${r.ok ? 'green' : 'RED  '}  ${r.moment}  ${r.tests}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
