import { seedCreditorCatalog } from '@accord/server-creditors';
import { ReminderReconciler } from '@accord/server-reminders';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogCreditors, openCase } from './cases';
import { buildFirm, type TestFirm } from './firm';
import { useReminderRig, waitFor } from './reminder-rig';

const DAY = 86_400_000;

/** The queue guarantees of reminders, run on the given backend (Redis in production, PostgreSQL in the quick start). */
export function describeReminderQueue(backend: 'redis' | 'postgres') {
  const rig = useReminderRig(`reminders_${backend}`, backend);
  let firm: TestFirm;
  let caseId: string;
  let serial = backend === 'redis' ? 21000 : 22000;

  beforeAll(async () => {
    firm = await buildFirm(rig.api);
    await seedCreditorCatalog(rig.db());
    const { huabei } = await catalogCreditors(rig.api, firm.admin);
    ({ caseId } = await openCase(rig.api, firm.officerA1, {
      serial: serial++,
      debts: [{ creditorId: huabei, outstandingFen: 500000 }],
    }));
    await rig.startWorker();
  });

  /** Reminder rows written straight to the table, as a commit whose enqueue never happened. */
  const insertRows = async (count: number, dueAt: Date): Promise<string[]> => {
    const rows: { id: string }[] = await rig.db().query(
      `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, payload)
       SELECT 'follow_up', $1, 'test', gen_random_uuid(), 'officer', 'officer', $2, '{"reference":"T","summary":"測試"}'
         FROM generate_series(1, $3) RETURNING id`,
      [caseId, dueAt, count],
    );
    return rows.map((r) => r.id);
  };

  const statusOf = async (ids: string[]) =>
    (
      await rig
        .db()
        .query(
          `SELECT status, count(*)::int AS n FROM reminders WHERE id = ANY($1::uuid[]) GROUP BY status`,
          [ids],
        )
    ).reduce(
      (all: Record<string, number>, r: { status: string; n: number }) => ({ ...all, [r.status]: r.n }),
      {},
    );

  const notificationsFor = async (ids: string[]) =>
    (
      await rig
        .db()
        .query(`SELECT count(*)::int AS n FROM notifications WHERE reminder_id = ANY($1::uuid[])`, [ids])
    )[0].n as number;

  describe(`reminders on the ${backend} queue backend`, () => {
    it('are created, moved and cancelled with their cause, in the database and in the queue', async () => {
      const at = (days: number) => new Date(rig.clock.now().getTime() + days * DAY);
      const logged = await rig.api
        .http()
        .post('/api/contacts')
        .set(firm.officerA1.auth)
        .send({
          caseId,
          // At intake the officer talks with the client (creditors come from creditor_contact on).
          party: 'client',
          channel: 'hotline',
          occurredAt: rig.clock.now().toISOString(),
          summary: '客戶請我們兩天後再撥。',
          nextFollowUpAt: at(2).toISOString(),
        })
        .expect(201);
      const [reminder] = await rig
        .db()
        .query(
          `SELECT id, status, due_at FROM reminders WHERE subject_type = 'contact' AND subject_id = $1`,
          [logged.body.id],
        );
      expect(reminder.status).toBe('scheduled');
      expect(reminder.due_at.getTime()).toBe(new Date(logged.body.nextFollowUpAt).getTime());
      const job = await waitFor(async () => rig.queue().getJob(reminder.id));
      expect(await job.isDelayed()).toBe(true);

      const later = at(3);
      await rig.api
        .http()
        .patch(`/api/contacts/${logged.body.id}`)
        .set(firm.officerA1.auth)
        .send({ nextFollowUpAt: later.toISOString(), version: 1 })
        .expect(200);
      const [moved] = await rig
        .db()
        .query(`SELECT status, due_at FROM reminders WHERE id = $1`, [reminder.id]);
      expect(moved).toEqual({ status: 'scheduled', due_at: later });
      // The queue runs on real time: the job wakes as far from now as the reminder is from the rig's now.
      await waitFor(async () => {
        const current = await rig.queue().getJob(reminder.id);
        const wakesIn = current ? current.timestamp + current.delay - Date.now() : NaN;
        return current && Math.abs(wakesIn - (later.getTime() - rig.clock.now().getTime())) < 5000;
      });

      await rig.api
        .http()
        .patch(`/api/contacts/${logged.body.id}`)
        .set(firm.officerA1.auth)
        .send({ nextFollowUpAt: null, version: 2 })
        .expect(200);
      expect(await statusOf([reminder.id])).toEqual({ cancelled: 1 });
      await waitFor(async () => (await rig.queue().getJob(reminder.id)) === undefined);
    });

    it('fires a reminder enqueued twice once', async () => {
      const [id] = await insertRows(1, new Date(rig.clock.now().getTime() + 800));
      const queue = rig.queue();
      const options = { jobId: id, delay: 800, removeOnComplete: true };
      await queue.add('fire', { reminderId: id }, options);
      await queue.add('fire', { reminderId: id }, options);
      await waitFor(async () => (await statusOf([id])).sent === 1);
      // And once more after it fired: the row, not the job, decides.
      await queue.add('fire', { reminderId: id }, { jobId: id, removeOnComplete: true });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await notificationsFor([id])).toBe(1);
      const deliveries = await rig
        .db()
        .query(`SELECT channel, status, attempts FROM reminder_deliveries WHERE reminder_id = $1`, [id]);
      expect(deliveries).toEqual([{ channel: 'in_app', status: 'sent', attempts: 1 }]);
    });

    it('still fires a reminder whose enqueue was lost between commit and queue (the reconciler finds it)', async () => {
      const [id] = await insertRows(1, new Date(rig.clock.now().getTime() - 60_000));
      expect(await rig.queue().getJob(id)).toBeUndefined();
      await rig.worker().get(ReminderReconciler).reconcile();
      await waitFor(async () => (await statusOf([id])).sent === 1);
      expect(await notificationsFor([id])).toBe(1);
    });

    it('fires all of 1,000 future reminders after the queue lost them, each once', async () => {
      const ids = await insertRows(1000, new Date(rig.clock.now().getTime() + 3000));
      const reconciler = rig.worker().get(ReminderReconciler);
      await reconciler.reconcile();
      expect(await rig.queue().getJobCountByTypes('delayed', 'waiting', 'active')).toBeGreaterThanOrEqual(
        1000,
      );
      // Everything the queue held is gone, as with a Redis restarted without its append-only file.
      await rig.queue().obliterate({ force: true });
      expect(await rig.queue().getJobCountByTypes('delayed', 'waiting', 'active')).toBe(0);
      await reconciler.reconcile();
      await waitFor(async () => (await statusOf(ids)).sent === 1000, 60000);
      expect(await notificationsFor(ids)).toBe(1000);
      const [{ deliveries }] = await rig
        .db()
        .query(
          `SELECT count(*)::int AS deliveries FROM reminder_deliveries WHERE reminder_id = ANY($1::uuid[]) AND attempts = 1`,
          [ids],
        );
      expect(deliveries).toBe(1000);
    });

    it('fires a hearing’s and a court deadline’s staff reminders once each, also after the queue lost them', async () => {
      const http = rig.api.http;
      const [debt] = await rig.db().query(`SELECT id FROM debts WHERE case_id = $1`, [caseId]);
      const matter = await http()
        .post('/api/court-matters')
        .set(firm.officerA1.auth)
        .send({ caseId, kind: 'lawsuit', court: '杭州互聯網法院', debtIds: [debt.id] })
        .expect(201);
      const today = new Date(rig.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const day = (n: number) =>
        new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
      await http()
        .post('/api/court-events')
        .set(firm.officerA1.auth)
        .send({ matterId: matter.body.id, kind: 'summons_received', occursOn: day(-1) })
        .expect(201);
      await http()
        .post('/api/court-events')
        .set(firm.officerA1.auth)
        .send({ matterId: matter.body.id, kind: 'hearing', occursOn: day(20), startsAt: '09:30' })
        .expect(201);
      const rows: { id: string; recipient: string }[] = await rig.db().query(
        `SELECT r.id, r.recipient FROM reminders r WHERE r.case_id = $1 AND r.subject_type = 'court_event'
            AND r.status = 'scheduled' AND r.recipient <> 'client'`,
        [caseId],
      );
      // Hearing: officer and manager at 7 days, 1 day and the morning; answer deadline: officer ×3, manager after.
      expect(rows).toHaveLength(10);
      const ids = rows.map((r) => r.id);
      // Enqueueing follows the commit: let every job reach the queue before the queue is made to lose them.
      await waitFor(async () => (await Promise.all(ids.map((id) => rig.queue().getJob(id)))).every(Boolean));
      // Their time comes (as if the days passed) and the queue loses every job it held.
      await rig
        .db()
        .query(`UPDATE reminders SET due_at = $2 WHERE id = ANY($1::uuid[])`, [
          ids,
          new Date(rig.clock.now().getTime() - 60_000),
        ]);
      await rig.queue().obliterate({ force: true });
      const reconciler = rig.worker().get(ReminderReconciler);
      await reconciler.reconcile();
      await reconciler.reconcile();
      await waitFor(async () => (await statusOf(ids)).sent === ids.length);
      await new Promise((r) => setTimeout(r, 500));
      expect(await notificationsFor(ids)).toBe(ids.length);
    });
  });
}
