import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { caseInDocuments, catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';

const api = useApiApp('reminders_api');
let firm: TestFirm;
let huabei: string;
let seq = 24000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const db = () => api.app.get(DataSource);

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

const remindersOf = async (subjectId: string) =>
  db().query(
    `SELECT kind, slot, recipient, status, due_at FROM reminders WHERE subject_id = $1 ORDER BY due_at, slot`,
    [subjectId],
  );

async function followUpCase(owner: Member) {
  const { caseId } = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 300000 }],
  });
  const contact = await api
    .http()
    .post('/api/contacts')
    .set(owner.auth)
    .send({
      caseId,
      // At intake the client may be called; creditors only from creditor_contact on (the case policy).
      party: 'client',
      channel: 'online_chat',
      occurredAt: new Date().toISOString(),
      summary: '客服說下週一回覆。',
      nextFollowUpAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    })
    .expect(201);
  return { caseId, contactId: contact.body.id as string };
}

describe('reminders written with their causes', () => {
  it('schedules each installment’s reminders on acceptance and cancels an installment’s once it is paid', async () => {
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId: huabei, outstandingFen: 600000 }],
      moveTo: ['documents', 'creditor_contact', 'negotiating'],
    });
    const planId = await acceptedPlan(api, firm.officerA1, {
      debtId: debtIds[0],
      kind: 'installments',
      totalFen: 600000,
      months: 3,
      firstDueDate: addDays(today(), 10),
    });
    // Payments are taken once the case is agreed (the case policy).
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'agreed', reason: '達成協議' })
      .expect(200);
    const plan = await api.http().get(`/api/repayment-plans/${planId}`).set(firm.officerA1.auth);
    const [first, second] = plan.body.installments;
    expect((await remindersOf(first.id)).map((r: { slot: string }) => r.slot)).toEqual([
      'client-3d',
      'officer-1d',
      'client-1d',
      'officer+1d',
      'manager+7d',
    ]);
    await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 200000,
        paidOn: today(),
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);
    expect(new Set((await remindersOf(first.id)).map((r: { status: string }) => r.status))).toEqual(
      new Set(['cancelled']),
    );
    expect(new Set((await remindersOf(second.id)).map((r: { status: string }) => r.status))).toEqual(
      new Set(['scheduled']),
    );
  });

  it('reminds of each requested document, and stops once it is received', async () => {
    await seedDocumentTemplates(db());
    const caseId = await caseInDocuments(api, firm.officerA1, huabei, seq++);
    const items = await api
      .http()
      .get('/api/document-requirements')
      .query({ caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    const item = items.body.data[0];
    const planned = await remindersOf(item.id);
    expect(planned.map((r: { kind: string }) => r.kind)).toEqual([
      'document_due',
      'document_due',
      'document_overdue',
    ]);
    await api
      .http()
      .post(`/api/document-requirements/${item.id}/moves`)
      .set(firm.officerA1.auth)
      .send({ move: 'receive', version: item.version })
      .expect(200);
    expect(new Set((await remindersOf(item.id)).map((r: { status: string }) => r.status))).toEqual(
      new Set(['cancelled']),
    );
  });
});

describe('/api/reminders', () => {
  it('lists a case’s reminders to who may see the case; anyone else gets 404', async () => {
    const { caseId, contactId } = await followUpCase(firm.officerA1);
    const listed = await api
      .http()
      .get('/api/reminders')
      .query({ caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(listed.body.total).toBe(1);
    const reminder = listed.body.data[0];
    expect(reminder).toMatchObject({
      kind: 'follow_up',
      subjectId: contactId,
      status: 'scheduled',
      recipient: 'officer',
    });
    for (const outsider of [firm.officerA2, firm.managerB, firm.officerB1]) {
      await api.http().get('/api/reminders').query({ caseId }).set(outsider.auth).expect(404);
      await api.http().get(`/api/reminders/${reminder.id}`).set(outsider.auth).expect(404);
    }
    for (const insider of [firm.managerA, firm.admin]) {
      await api.http().get(`/api/reminders/${reminder.id}`).set(insider.auth).expect(200);
    }
    const mine = await api
      .http()
      .get('/api/reminders')
      .query({ mine: 'true' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(mine.body.data.map((r: { id: string }) => r.id)).toContain(reminder.id);
    const managers = await api
      .http()
      .get('/api/reminders')
      .query({ mine: 'true' })
      .set(firm.managerA.auth)
      .expect(200);
    expect(managers.body.data.map((r: { id: string }) => r.id)).not.toContain(reminder.id);
    await api.http().get('/api/reminders').query({ status: 'lost' }).set(firm.officerA1.auth).expect(400);
    await api.http().get('/api/reminders').query({ caseId: 'nope' }).set(firm.officerA1.auth).expect(400);
    const retry = await api
      .http()
      .post(`/api/reminders/${reminder.id}/retry`)
      .set(firm.managerA.auth)
      .expect(409);
    expect(retry.body.code).toBe('REMINDER_NOT_FAILED');
  });
});

describe('reminder settings and channels', () => {
  it('lets admins set quiet hours and times (stale version 409, bad times 400), everyone read them', async () => {
    const current = await api.http().get('/api/reminder-settings').set(firm.officerA1.auth).expect(200);
    expect(current.body).toMatchObject({
      quietStart: '21:00',
      quietEnd: '08:00',
      staleAfterDays: 14,
      version: 1,
    });
    await api
      .http()
      .put('/api/reminder-settings')
      .set(firm.managerA.auth)
      .send({ quietStart: '22:00', version: 1 })
      .expect(403);
    const bad = await api
      .http()
      .put('/api/reminder-settings')
      .set(firm.admin.auth)
      .send({ quietStart: '25:00', staleAfterDays: 0, clientChannels: ['fax'], version: 1 })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'clientChannels',
      'quietStart',
      'staleAfterDays',
    ]);
    const saved = await api
      .http()
      .put('/api/reminder-settings')
      .set(firm.admin.auth)
      .send({ quietStart: '22:00', clientChannels: ['sms', 'email'], version: 1 })
      .expect(200);
    expect(saved.body).toMatchObject({ quietStart: '22:00', clientChannels: ['sms', 'email'], version: 2 });
    await api
      .http()
      .put('/api/reminder-settings')
      .set(firm.admin.auth)
      .send({ quietStart: '21:00', version: 1 })
      .expect(409);
  });

  it('lets each person choose in-app and e-mail for their own reminders, nothing else', async () => {
    expect(
      (await api.http().get('/api/me/reminder-channels').set(firm.officerA2.auth).expect(200)).body,
    ).toEqual({
      channels: ['in_app'],
    });
    await api
      .http()
      .put('/api/me/reminder-channels')
      .set(firm.officerA2.auth)
      .send({ channels: ['sms'] })
      .expect(400);
    await api
      .http()
      .put('/api/me/reminder-channels')
      .set(firm.officerA2.auth)
      .send({ channels: ['email', 'email'] })
      .expect(400);
    const set = await api
      .http()
      .put('/api/me/reminder-channels')
      .set(firm.officerA2.auth)
      .send({ channels: ['email', 'in_app'] })
      .expect(200);
    expect(set.body.channels).toEqual(['email', 'in_app']);
  });
});

describe('/api/notifications', () => {
  it('shows people their own notifications only, with the unread count, and marks them read', async () => {
    await db().query(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'follow_up', '追蹤', '回電'), ($1, 'follow_up', '追蹤 2', '回電 2')`,
      [firm.officerB1.user.id],
    );
    const mine = await api.http().get('/api/notifications').set(firm.officerB1.auth).expect(200);
    expect(mine.body.total).toBe(2);
    expect((await api.http().get('/api/notifications/unread-count').set(firm.officerB1.auth)).body).toEqual({
      unread: 2,
    });
    const id = mine.body.data[0].id;
    expect(
      (await api.http().get('/api/notifications').set(firm.officerA1.auth)).body.data,
    ).not.toContainEqual(expect.objectContaining({ id }));
    await api.http().post(`/api/notifications/${id}/read`).set(firm.officerA1.auth).expect(404);
    const read = await api.http().post(`/api/notifications/${id}/read`).set(firm.officerB1.auth).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const unread = await api
      .http()
      .get('/api/notifications')
      .query({ unread: 'true' })
      .set(firm.officerB1.auth);
    expect(unread.body.total).toBe(1);
    expect(
      (await api.http().post('/api/notifications/read-all').set(firm.officerB1.auth).expect(200)).body,
    ).toEqual({
      marked: 1,
    });
    expect((await api.http().get('/api/notifications/unread-count').set(firm.officerB1.auth)).body).toEqual({
      unread: 0,
    });
  });
});
