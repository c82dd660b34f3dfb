import { addDays, calendarDateIn, zonedInstant } from '@accord/domain';
import { ReminderSweeps } from '@accord/server-reminders';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirm, taiwanId, type TestFirm } from './firm';
import { freePort, TestSmsGateway, TestSmtpServer } from './message-servers';
import { useReminderRig, waitFor } from './reminder-rig';

const TZ = 'Asia/Taipei';

/** Delivery guarantees of reminders (quiet hours, retries, failures, sweeps) on the given queue backend. */
export function describeReminderDelivery(backend: 'redis' | 'postgres') {
  const sms = new TestSmsGateway();
  let smtp: TestSmtpServer;

  // The message servers' addresses must be known before the API and worker read their configuration.
  beforeAll(async () => {
    await sms.start();
    smtp = new TestSmtpServer(await freePort());
  });
  afterAll(async () => {
    await sms.stop();
    await smtp.stop();
  });

  const rig = useReminderRig(`reminder_delivery_${backend}`, backend, () => ({
    SMS_GATEWAY_URL: `http://127.0.0.1:${sms.port}/messages`,
    SMS_GATEWAY_TOKEN: 'gateway-token',
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Accord <reminders@accord.test>',
  }));
  let firm: TestFirm;
  let serial = backend === 'redis' ? 23000 : 23500;

  beforeAll(async () => {
    firm = await buildFirm(rig.api);
    await seedCreditorCatalog(rig.db());
    await rig.startWorker();
  });

  async function caseOf(officer = firm.officerA1, client: Record<string, unknown> = {}) {
    const created = await rig.api
      .http()
      .post('/api/clients')
      .set(officer.auth)
      .send({
        fullName: '林美華',
        idType: 'tw_national_id',
        idNumber: taiwanId(serial++),
        consentPurposes: ['debt_negotiation'],
        ...client,
      })
      .expect(201);
    const opened = await rig.api
      .http()
      .post('/api/cases')
      .set(officer.auth)
      .send({ clientId: created.body.id, overdueReason: 'illness' })
      .expect(201);
    return { caseId: opened.body.id as string, reference: opened.body.reference as string };
  }

  async function reminderRow(fields: {
    kind: string;
    caseId: string | null;
    recipient: string;
    dueAt: Date;
    payload: Record<string, unknown>;
  }): Promise<string> {
    const [row] = await rig.db().query(
      `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, payload)
       VALUES ($1, $2, 'test', gen_random_uuid(), $3, $3, $4, $5) RETURNING id`,
      [fields.kind, fields.caseId, fields.recipient, fields.dueAt, fields.payload],
    );
    await rig
      .queue()
      .add(
        'fire',
        { reminderId: row.id },
        { jobId: row.id, attempts: 3, backoff: { type: 'exponential', delay: 100 } },
      );
    return row.id;
  }

  const reminder = async (id: string) =>
    (
      await rig
        .db()
        .query(`SELECT status, attempts, last_error, held_until, fired_at FROM reminders WHERE id = $1`, [id])
    )[0];

  describe('messages to clients', () => {
    it('holds an SMS that falls in quiet hours until 08:00, then sends it once in the client’s language', async () => {
      const { caseId, reference } = await caseOf(firm.officerA1, { phone: '0912-345-678' });
      const today = calendarDateIn(rig.clock.now(), TZ);
      rig.clock.set(zonedInstant(today, '23:00', TZ));
      const id = await reminderRow({
        kind: 'installment_due',
        caseId,
        recipient: 'client',
        dueAt: new Date(rig.clock.now().getTime() - 1000),
        payload: { reference, number: 2, dueDate: addDays(today, 1), amountFen: 150000 },
      });
      const held = await waitFor(async () => (await reminder(id)).held_until as Date | null);
      expect(held.toISOString()).toBe(zonedInstant(addDays(today, 1), '08:00', TZ).toISOString());
      // Nine hours from the (simulated) 23:00, in real queue time. Under load a first attempt may be
      // retried after its short backoff before the hold is written: wait for the hold itself.
      const job = await waitFor(async () => {
        const j = await rig.queue().getJob(id);
        return j && (await j.isDelayed()) && j.timestamp + j.delay - Date.now() > 8.9 * 3600_000
          ? j
          : undefined;
      });
      expect(job.timestamp + job.delay - Date.now()).toBeGreaterThan(8.9 * 3600_000);
      expect(sms.requests).toHaveLength(0);

      rig.clock.set(zonedInstant(addDays(today, 1), '08:00', TZ));
      await job.promote();
      await waitFor(async () => (await reminder(id)).status === 'sent');
      rig.clock.reset();
      expect(sms.accepted).toHaveLength(1);
      const [message] = sms.accepted;
      expect(message.body.to).toBe('0912345678');
      expect(message.body.text).toContain('¥1,500.00');
      expect(message.body.text).toContain('第 2 期');
      expect(message.headers.authorization).toBe('Bearer gateway-token');
      const [delivery] = await rig
        .db()
        .query(`SELECT id, status, address_masked FROM reminder_deliveries WHERE reminder_id = $1`, [id]);
      expect(delivery).toMatchObject({ status: 'sent', address_masked: '***5678' });
      expect(message.headers['idempotency-key']).toBe(delivery.id);
    });

    it('retries an SMS gateway that is down, with the same idempotency key, until it takes the message', async () => {
      const { caseId, reference } = await caseOf(firm.officerA1, { phone: '+886 912 000 111', locale: 'en' });
      sms.failFirst = 1;
      const before = sms.requests.length;
      // Noon of the rig's day, outside quiet hours; due at that moment of the rig's clock, never of the wall.
      rig.clock.set(zonedInstant(calendarDateIn(rig.clock.now(), TZ), '12:00', TZ));
      const id = await reminderRow({
        kind: 'installment_due',
        caseId,
        recipient: 'client',
        dueAt: rig.clock.now(),
        payload: { reference, number: 1, dueDate: '2026-12-31', amountFen: 99900 },
      });
      await waitFor(async () => (await reminder(id)).status === 'sent');
      rig.clock.reset();
      const calls = sms.requests.slice(before);
      expect(calls).toHaveLength(2);
      expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
      expect(calls[1].body.text).toContain('¥999.00');
    });
  });

  describe('messages to staff', () => {
    it('retries a dead SMTP server, then marks the reminder failed and visible; a retry sends it once', async () => {
      await rig.api
        .http()
        .put('/api/me/reminder-channels')
        .set(firm.officerA2.auth)
        .send({ channels: ['in_app', 'email'] })
        .expect(200);
      const { caseId, reference } = await caseOf(firm.officerA2);
      const id = await reminderRow({
        kind: 'follow_up',
        caseId,
        recipient: 'officer',
        dueAt: rig.clock.now(),
        payload: { reference, summary: '回電確認分期方案' },
      });
      await waitFor(async () => (await reminder(id)).status === 'failed');
      const failed = await reminder(id);
      expect(failed.attempts).toBe(3);
      expect(failed.last_error).toMatch(/^email: /);
      const deliveries = await rig
        .db()
        .query(
          `SELECT channel, status, attempts FROM reminder_deliveries WHERE reminder_id = $1 ORDER BY channel`,
          [id],
        );
      expect(deliveries).toEqual([
        { channel: 'email', status: 'failed', attempts: 3 },
        { channel: 'in_app', status: 'sent', attempts: 1 },
      ]);
      const visible = await rig.api
        .http()
        .get('/api/reminder-deliveries/failed')
        .set(firm.admin.auth)
        .expect(200);
      expect(visible.body.data).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ reminderId: id, channel: 'email', reminderStatus: 'failed' }),
        ]),
      );
      await rig.api.http().get('/api/reminder-deliveries/failed').set(firm.managerA.auth).expect(403);
      await rig.api.http().post(`/api/reminders/${id}/retry`).set(firm.officerA2.auth).expect(403);
      await rig.api.http().post(`/api/reminders/${id}/retry`).set(firm.managerB.auth).expect(404);

      await smtp.start();
      await rig.api.http().post(`/api/reminders/${id}/retry`).set(firm.managerA.auth).expect(200);
      await waitFor(async () => (await reminder(id)).status === 'sent');
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual([firm.officerA2.user.email]);
      expect(smtp.received[0].raw).toContain('@reminders.accord>');
      const [{ n }] = await rig
        .db()
        .query(`SELECT count(*)::int AS n FROM notifications WHERE reminder_id = $1`, [id]);
      expect(n).toBe(1);
      await rig.api.http().post(`/api/reminders/${id}/retry`).set(firm.managerA.auth).expect(409);
    });

    it('reminds the case’s officer of the moment, not the one it had when the reminder was written', async () => {
      const { caseId, reference } = await caseOf(firm.officerA1);
      const id = await reminderRow({
        kind: 'follow_up',
        caseId,
        recipient: 'officer',
        dueAt: new Date(rig.clock.now().getTime() + 1500),
        payload: { reference, summary: '追蹤' },
      });
      await rig
        .db()
        .query(`UPDATE cases SET officer_id = $2 WHERE id = $1`, [caseId, firm.officerA2.user.id]);
      await waitFor(async () => (await reminder(id)).status === 'sent');
      const [note] = await rig.db().query(`SELECT user_id FROM notifications WHERE reminder_id = $1`, [id]);
      expect(note.user_id).toBe(firm.officerA2.user.id);
    });
  });

  describe('sweeps', () => {
    it('sends each officer with work today a morning digest, once a day', async () => {
      const { caseId } = await caseOf(firm.officerB1);
      const tomorrow = addDays(calendarDateIn(rig.clock.now(), TZ), 1);
      await rig.api
        .http()
        .post('/api/contacts')
        .set(firm.officerB1.auth)
        .send({
          caseId,
          party: 'client',
          channel: 'hotline',
          occurredAt: rig.clock.now().toISOString(),
          summary: '客戶下午三點方便接電話。',
          nextFollowUpAt: zonedInstant(tomorrow, '15:00', TZ).toISOString(),
        })
        .expect(201);
      rig.clock.set(zonedInstant(tomorrow, '08:30', TZ));
      const sweeps = rig.worker().get(ReminderSweeps);
      const first = await sweeps.morningDigests();
      expect(first.created).toBeGreaterThanOrEqual(3);
      expect((await sweeps.morningDigests()).created).toBe(0);
      const digest = await waitFor(async () => {
        const [row] = await rig.db().query(
          `SELECT n.title, n.body FROM notifications n JOIN reminders r ON r.id = n.reminder_id
              WHERE r.kind = 'morning_digest' AND n.user_id = $1`,
          [firm.officerB1.user.id],
        );
        return row;
      });
      expect(digest.title).toBe(`今日工作（${tomorrow}）`);
      expect(digest.body).toContain('待追蹤 1 件');
      // An officer with nothing due that day gets no digest at all.
      const quiet = await waitFor(async () => {
        const [row] = await rig.db().query(
          `SELECT r.status, (SELECT count(*)::int FROM notifications n WHERE n.reminder_id = r.id) AS notes
               FROM reminders r WHERE r.kind = 'morning_digest' AND r.recipient_user_id = $1`,
          [firm.officerA2.user.id],
        );
        return row?.status === 'sent' ? row : undefined;
      });
      rig.clock.reset();
      expect(quiet.notes).toBe(0);
    });

    it('flags a case nobody touched for 14 days, once for that quiet spell', async () => {
      const { caseId } = await caseOf(firm.officerA1);
      // Twenty days after its last activity (a database time), nothing has happened on it.
      const [{ last }] = await rig
        .db()
        .query(`SELECT last_activity_at AS last FROM cases WHERE id = $1`, [caseId]);
      rig.clock.set(new Date((last as Date).getTime() + 20 * 86_400_000));
      const sweeps = rig.worker().get(ReminderSweeps);
      await sweeps.staleCases();
      const rows = await rig
        .db()
        .query(`SELECT status, payload FROM reminders WHERE kind = 'stale_case' AND case_id = $1`, [caseId]);
      expect(rows).toHaveLength(1);
      expect(rows[0].payload.days).toBe(20);
      await sweeps.staleCases();
      rig.clock.reset();
      const again = await rig
        .db()
        .query(`SELECT count(*)::int AS n FROM reminders WHERE kind = 'stale_case' AND case_id = $1`, [
          caseId,
        ]);
      expect(again[0].n).toBe(1);
    });
  });
}
