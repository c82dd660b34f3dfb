import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirm, type TestFirm } from './firm';
import { freePort, TestSmtpServer } from './message-servers';
import { waitFor } from './reminder-rig';
import { useApiApp } from './api-app';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@accord/server-core';
import type { Queue } from 'bullmq';
import { runProgram, workerMain } from './built-programs';

// The built worker, killed as a machine would kill it: no shutdown hook runs.
export function describeWorkerCrash(backend: 'redis' | 'postgres') {
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    if (!existsSync(workerMain)) throw new Error('build the worker first (npm run build)');
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
  });

  const api = useApiApp(
    `reminder_crash_${backend}`,
    () => ({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      REMINDER_LOCK_MS: '2000',
      REMINDER_RETRY_DELAY_MS: '100',
    }),
    { queue: backend },
  );
  let firm: TestFirm;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    firm = await buildFirm(api);
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await smtp?.stop();
  });

  function startWorker(): ChildProcess {
    const { child } = runProgram(workerMain, process.env as Record<string, string>);
    children.push(child);
    return child;
  }

  describe(`a worker killed in the middle of a delivery (${backend} queue backend)`, () => {
    it('delivers the e-mail exactly once after it restarts', async () => {
      const db = api.app.get(DataSource);
      await db.query(`UPDATE users SET reminder_channels = '{email}' WHERE id = $1`, [
        firm.officerA1.user.id,
      ]);
      const [row] = await db.query(
        `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
         VALUES ('follow_up', 'test', gen_random_uuid(), 'officer', 'officer', $1, now(), '{"reference":"AC-TEST","summary":"回電"}')
         RETURNING id`,
        [firm.officerA1.user.id],
      );
      const held = smtp.holdNext();
      const first = startWorker();
      // The worker's reconciler finds the row at start and sends; the SMTP server holds the message.
      await held.arrived;
      const died = new Promise((done) => first.once('exit', done));
      first.kill('SIGKILL');
      await died;
      // The server sees the dead worker's connection close before it would have answered the message.
      await held.senderGone;
      held.release();
      const [sending] = await db.query(`SELECT status FROM reminder_deliveries WHERE reminder_id = $1`, [
        row.id,
      ]);
      expect(sending.status).toBe('sending');
      expect(smtp.received).toHaveLength(0);

      const second = startWorker();
      await waitFor(async () => {
        const [r] = await db.query(`SELECT status FROM reminders WHERE id = $1`, [row.id]);
        return r.status === 'sent';
      }, 30000);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual([firm.officerA1.user.email]);
      const [delivery] = await db.query(
        `SELECT status, attempts FROM reminder_deliveries WHERE reminder_id = $1`,
        [row.id],
      );
      expect(delivery).toEqual({ status: 'sent', attempts: 2 });
      // Nothing more arrives later: the job is done and the row says sent.
      await new Promise((r) => setTimeout(r, 2500));
      expect(smtp.received).toHaveLength(1);
      const queue = api.app.get<Queue>(getQueueToken(QueueName.Reminders));
      expect(await queue.getJob(row.id)).toBeUndefined();
      second.kill('SIGTERM');
    });
  });
}
