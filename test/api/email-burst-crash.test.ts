import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { buildFirm, type TestFirm } from './support/firm';
import { freePort, TestSmtpServer } from './support/message-servers';
import { waitFor } from './support/reminder-rig';
import { runProgram, workerMain } from './support/built-programs';

/**
 * E-mail is at least once: a worker killed while messages are in a slow SMTP server's hands (accepted
 * there, not yet answered) sends those again after the restart, with the same Message-ID. This counts
 * how many, and holds the bound the README states: at most SMTP_MAX_CONNECTIONS per killed worker.
 */
const BURST = 60;
const SLOTS = 5;
let smtp: TestSmtpServer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(workerMain)) throw new Error('build the worker first (npm run build)');
  smtp = new TestSmtpServer(await freePort());
  smtp.ackDelayMs = 1000;
  await smtp.start();
});

const api = useApiApp(
  'email_burst_crash',
  () => ({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_MAX_CONNECTIONS: String(SLOTS),
    REMINDER_LOCK_MS: '2000',
    REMINDER_RETRY_DELAY_MS: '100',
  }),
  { queue: 'redis' },
);
let firm: TestFirm;

beforeAll(async () => {
  firm = await buildFirm(api);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await smtp?.stop();
});

/** The built worker with this file's environment (its database, queue prefix and SMTP server). */
function startWorker(): ChildProcess {
  const { child } = runProgram(workerMain, process.env as Record<string, string>);
  children.push(child);
  return child;
}

describe('a worker killed in the middle of a burst of e-mails to a slow SMTP server', () => {
  it('loses none and doubles at most the messages it had in the server’s hands, each with the same Message-ID', async () => {
    const db = api.app.get(DataSource);
    await db.query(`UPDATE users SET reminder_channels = '{email}' WHERE id = $1`, [firm.officerA1.user.id]);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
       SELECT 'follow_up', 'test', gen_random_uuid(), 'officer', 'officer', $1, now(), '{"reference":"AC-BURST","summary":"回電"}'
         FROM generate_series(1, $2) RETURNING id`,
      [firm.officerA1.user.id, BURST],
    );
    const ids = rows.map((r) => r.id);

    const first = startWorker();
    // Mid-burst: some delivered, more in the server's hands awaiting its slow answer.
    await waitFor(async () => smtp.received.length >= 12, 30000);
    const died = new Promise((done) => first.once('exit', done));
    first.kill('SIGKILL');
    await died;
    const [{ inHand }] = await db.query(
      `SELECT count(*)::int AS "inHand" FROM reminder_deliveries WHERE reminder_id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids],
    );
    const receivedAtKill = smtp.received.length;

    const second = startWorker();
    await waitFor(async () => {
      const [r] = await db.query(
        `SELECT count(*)::int AS n FROM reminders WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
        [ids],
      );
      return r.n === BURST;
    }, 90000);
    second.kill('SIGTERM');

    const messageIds = smtp.received.map((m) => /^Message-ID:\s*<([^>]+)>/im.exec(m.raw)?.[1]);
    const unique = new Set(messageIds);
    const doubled = messageIds.length - unique.size;
    expect(messageIds.every(Boolean)).toBe(true);
    expect(unique.size).toBe(BURST);
    expect(doubled).toBeLessThanOrEqual(SLOTS);
    // Every copy of a message carries its delivery's id, so a receiving system can drop the repeat.
    const deliveries: { id: string }[] = await db.query(
      `SELECT id FROM reminder_deliveries WHERE reminder_id = ANY($1::uuid[]) AND channel = 'email' AND status = 'sent'`,
      [ids],
    );
    expect(new Set(deliveries.map((d) => `${d.id}@reminders.accord`))).toEqual(unique);

    const artifacts = resolve(__dirname, '../.artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      resolve(artifacts, 'email-burst-crash-figures.json'),
      JSON.stringify(
        {
          created: BURST,
          sent: unique.size,
          doubled,
          lost: BURST - unique.size,
          receivedAtKill,
          inHandAtKill: inHand,
          smtpAckDelayMs: smtp.ackDelayMs,
          smtpMaxConnections: SLOTS,
        },
        null,
        2,
      ),
    );
  });
});
