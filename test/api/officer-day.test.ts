import { addDays, calendarDateIn, zonedInstant } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { caseInDocuments, catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';

const TZ = 'Asia/Taipei';
const api = useApiApp('officer_day');
let firm: TestFirm;
let huabei: string;
let seq = 26000;
const today = () => calendarDateIn(new Date(), TZ);
const db = () => api.app.get(DataSource);

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

const negotiating = (owner: Member, outstandingFen = 600000) =>
  openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });

const logContact = (owner: Member, caseId: string, occurredAt: Date, nextFollowUpAt: Date | null) =>
  api
    .http()
    .post('/api/contacts')
    .set(owner.auth)
    .send({
      caseId,
      party: 'creditor',
      channel: 'hotline',
      occurredAt: occurredAt.toISOString(),
      summary: '致電客服',
      nextFollowUpAt: nextFollowUpAt?.toISOString() ?? null,
    })
    .expect(201);

const reminderRow = (
  caseId: string,
  fields: { dueAt: Date; status: string; recipient?: string; slot: string },
) =>
  db().query(
    `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, status, payload)
     VALUES ('follow_up', $1, 'test', gen_random_uuid(), $2, $3, $4, $5, '{}') RETURNING id`,
    [caseId, fields.slot, fields.recipient ?? 'officer', fields.dueAt, fields.status],
  );

describe('GET /api/me/today', () => {
  it('gives the officer exactly what is due today on their own open cases', async () => {
    const me = firm.officerA1;
    const date = today();
    const at = (day: string, time: string) => zonedInstant(day, time, TZ);

    // Installments: one plan starting in three days (one due soon), one whose first two fell due
    // 32 and 2 days ago, paid one and a half (so one missed, half owed).
    const soon = await negotiating(me);
    await acceptedPlan(api, me, {
      debtId: soon.debtIds[0],
      kind: 'installments',
      totalFen: 600000,
      months: 3,
      firstDueDate: addDays(date, 3),
    });
    const late = await negotiating(me);
    const latePlan = await acceptedPlan(api, me, {
      debtId: late.debtIds[0],
      kind: 'installments',
      totalFen: 600000,
      months: 3,
      firstDueDate: addDays(date, 3),
    });
    // Named dates, not a shift of the schedule: 35 days back would put the second one yesterday in a
    // 31-day month, and its "missed" reminder (a day after, 09:00) today or not by the hour the suite runs.
    await db().query(
      `UPDATE installments SET due_date = CASE number WHEN 1 THEN $2::date - 32 WHEN 2 THEN $2::date - 2
                                                      ELSE $2::date + 28 END
        WHERE plan_id = $1`,
      [latePlan, date],
    );
    // Payments are taken once the case is agreed, from the day the plan started (the case policy).
    await db().query(`UPDATE repayment_plans SET starts_on = starts_on - 40 WHERE id = $1`, [latePlan]);
    await api
      .http()
      .post(`/api/cases/${late.caseId}/transition`)
      .set(me.auth)
      .send({ to: 'agreed', reason: '達成協議' })
      .expect(200);
    const schedule = (await api.http().get(`/api/repayment-plans/${latePlan}`).set(me.auth).expect(200)).body
      .installments;
    await api
      .http()
      .post(`/api/installments/${schedule[0].id}/payments`)
      .set(me.auth)
      .send({
        amountFen: 300000,
        paidOn: date,
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);

    // Follow-ups: one from yesterday still open; one answered by a later contact; one for tomorrow.
    const open = await negotiating(me);
    await logContact(me, open.caseId, at(addDays(date, -2), '10:00'), at(addDays(date, -1), '10:00'));
    const answered = await negotiating(me);
    await logContact(me, answered.caseId, at(addDays(date, -3), '10:00'), at(addDays(date, -1), '15:00'));
    await logContact(me, answered.caseId, at(addDays(date, -1), '16:00'), null);
    const later = await negotiating(me);
    await logContact(me, later.caseId, at(addDays(date, -1), '10:00'), at(addDays(date, 1), '10:00'));

    // Reminders on one quiet case: due today (sent), overdue and never delivered (scheduled), and four
    // that do not belong on today's page (yesterday's sent, tomorrow's, the client's, a cancelled one).
    const quiet = await openCase(api, me, {
      serial: seq++,
      debts: [{ creditorId: huabei, outstandingFen: 100000 }],
    });
    await reminderRow(quiet.caseId, { dueAt: at(date, '00:01'), status: 'sent', slot: 'a' });
    await reminderRow(quiet.caseId, {
      dueAt: at(addDays(date, -1), '09:00'),
      status: 'scheduled',
      slot: 'b',
    });
    await reminderRow(quiet.caseId, { dueAt: at(addDays(date, -1), '09:00'), status: 'sent', slot: 'c' });
    await reminderRow(quiet.caseId, { dueAt: at(addDays(date, 1), '09:00'), status: 'scheduled', slot: 'd' });
    await reminderRow(quiet.caseId, {
      dueAt: at(date, '00:01'),
      status: 'sent',
      slot: 'e',
      recipient: 'client',
    });
    await reminderRow(quiet.caseId, { dueAt: at(date, '00:01'), status: 'cancelled', slot: 'f' });
    // Stale: the quiet case, untouched for 20 days.
    await db().query(`UPDATE cases SET last_activity_at = now() - interval '20 days' WHERE id = $1`, [
      quiet.caseId,
    ]);

    // Documents (templates from here on, so the cases above could leave the documents stage): two
    // received waiting to be verified, one request overdue; the other officer's received one is not mine.
    await seedDocumentTemplates(db());
    const papers = await caseInDocuments(api, me, huabei, seq++);
    const items = (
      await api.http().get('/api/document-requirements').query({ caseId: papers, sort: 'kind' }).set(me.auth)
    ).body.data;
    for (const item of items.slice(0, 2)) {
      await api
        .http()
        .post(`/api/document-requirements/${item.id}/moves`)
        .set(me.auth)
        .send({ move: 'receive', version: item.version })
        .expect(200);
    }
    await db().query(`UPDATE document_requirements SET due_on = $2::date - 1 WHERE id = $1`, [
      items[2].id,
      date,
    ]);
    const theirs = await caseInDocuments(api, firm.officerA2, huabei, seq++);
    const theirItem = (
      await api.http().get('/api/document-requirements').query({ caseId: theirs }).set(firm.officerA2.auth)
    ).body.data[0];
    await api
      .http()
      .post(`/api/document-requirements/${theirItem.id}/moves`)
      .set(firm.officerA2.auth)
      .send({ move: 'receive', version: theirItem.version })
      .expect(200);

    const day = (await api.http().get('/api/me/today').set(me.auth).expect(200)).body;
    expect(day).toMatchObject({ date, timeZone: TZ, staleAfterDays: 14 });

    expect(day.reminders.total).toBe(2);
    expect(
      day.reminders.items.map((r: { status: string; overdue: boolean }) => [r.status, r.overdue]),
    ).toEqual([
      ['scheduled', true],
      ['sent', false],
    ]);
    expect(day.reminders.items[0]).toMatchObject({ caseId: quiet.caseId, clientName: '周文華' });

    expect(day.followUps.total).toBe(1);
    expect(day.followUps.items[0]).toMatchObject({ caseId: open.caseId, overdue: true });

    expect(day.installmentsDueSoon.total).toBe(1);
    expect(day.installmentsDueSoon.items[0]).toMatchObject({
      caseId: soon.caseId,
      number: 1,
      dueDate: addDays(date, 3),
      amountFen: 200000,
      currency: 'CNY',
      owedFen: 200000,
      missed: false,
    });
    expect(day.installmentsMissed.total).toBe(1);
    expect(day.installmentsMissed.items[0]).toMatchObject({
      caseId: late.caseId,
      number: 2,
      amountFen: 200000,
      owedFen: 100000,
      missed: true,
    });

    expect(day.documentsToVerify.total).toBe(2);
    expect(day.documentsToVerify.items.map((d: { id: string }) => d.id).sort()).toEqual(
      items
        .slice(0, 2)
        .map((i: { id: string }) => i.id)
        .sort(),
    );
    expect(day.documentsOverdue.total).toBe(1);
    expect(day.documentsOverdue.items[0]).toMatchObject({ id: items[2].id, daysLate: 1 });

    expect(day.staleCases.total).toBe(1);
    expect(day.staleCases.items[0]).toMatchObject({ caseId: quiet.caseId, daysQuiet: 20 });

    // Another officer's day has none of it but their own received document.
    const theirDay = (await api.http().get('/api/me/today').set(firm.officerA2.auth).expect(200)).body;
    expect(theirDay.documentsToVerify.total).toBe(1);
    for (const empty of ['reminders', 'followUps', 'installmentsDueSoon', 'installmentsMissed', 'staleCases'])
      expect(theirDay[empty].total).toBe(0);

    // A closed case drops out of the day.
    await api
      .http()
      .post(`/api/cases/${quiet.caseId}/transition`)
      .set(me.auth)
      .send({ to: 'closed', reason: '客戶撤回委託', outcome: 'withdrawn', closingNote: '客戶撤回委託' })
      .expect(200);
    const after = (await api.http().get('/api/me/today').set(me.auth).expect(200)).body;
    expect(after.reminders.total).toBe(0);
    expect(after.staleCases.total).toBe(0);
  });

  it('answers 401 without a token', async () => {
    await api.http().get('/api/me/today').expect(401);
  });
});
