import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';

const api = useApiApp('contacts');
let firm: TestFirm;
let huabei: string;
let seq = 13000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

async function caseWithDebt(owner: Member) {
  const { caseId, debtIds } = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 1200000, overdueSince: '2026-10-26' }],
    // Creditors are contacted from the creditor_contact stage on (the case policy).
    moveTo: ['documents', 'creditor_contact'],
  });
  return { caseId, debtId: debtIds[0] };
}

const call = (caseId: string, debtId?: string) => ({
  caseId,
  debtId,
  party: 'creditor',
  channel: 'hotline',
  occurredAt: '2026-11-25T10:30:00+08:00',
  person: '客服 王小姐（工號 5521）',
  summary: '說明客戶失業，詢問停息掛賬；對方要求提供失業證明。',
  outcome: '待補件後再議',
  nextFollowUpAt: '2026-12-02T10:00:00+08:00',
});

describe('contact log', () => {
  it('logs a call about a debt with its follow-up, on the timeline, newest first', async () => {
    const { caseId, debtId } = await caseWithDebt(firm.officerA1);
    const logged = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(call(caseId, debtId))
      .expect(201);
    expect(logged.body).toMatchObject({ party: 'creditor', channel: 'hotline', debtId, version: 1 });
    expect(new Date(logged.body.occurredAt).toISOString()).toBe('2026-11-25T02:30:00.000Z');
    await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send({
        ...call(caseId),
        party: 'client',
        channel: 'wechat',
        occurredAt: '2026-11-26T09:00:00+08:00',
        summary: '請客戶補傳失業證明。',
      })
      .expect(201);
    const list = await api
      .http()
      .get('/api/contacts')
      .query({ caseId, sort: 'occurredAt', order: 'DESC' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.data.map((c: { party: string }) => c.party)).toEqual(['client', 'creditor']);
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      kind: 'contact.logged',
      details: { party: 'client', channel: 'wechat' },
    });
    const updated = await api
      .http()
      .patch(`/api/contacts/${logged.body.id}`)
      .set(firm.officerA1.auth)
      .send({ outcome: '對方同意停息', version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ outcome: '對方同意停息', version: 2 });
    await api
      .http()
      .patch(`/api/contacts/${logged.body.id}`)
      .set(firm.officerA1.auth)
      .send({ outcome: 'x', version: 1 })
      .expect(409);
  });

  it('refuses times without an offset, unknown channels, and a debt of another case', async () => {
    const { caseId } = await caseWithDebt(firm.officerA1);
    const other = await caseWithDebt(firm.officerA1);
    const bad = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send({ ...call(caseId), occurredAt: '2026-11-25 10:30', channel: 'pigeon' })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'channel',
      'occurredAt',
    ]);
    const wrongDebt = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(call(caseId, other.debtId))
      .expect(422);
    expect(wrongDebt.body.code).toBe('DEBT_NOT_IN_CASE');
  });

  it('someone else’s contacts answer 404 and stay out of their lists', async () => {
    const { caseId } = await caseWithDebt(firm.officerA1);
    const logged = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(call(caseId))
      .expect(201);
    for (const outsider of [firm.officerA2, firm.managerB, firm.officerB1]) {
      await api.http().get(`/api/contacts/${logged.body.id}`).set(outsider.auth).expect(404);
      await api
        .http()
        .patch(`/api/contacts/${logged.body.id}`)
        .set(outsider.auth)
        .send({ outcome: 'x', version: 1 })
        .expect(404);
      expect(
        (await api.http().get('/api/contacts').query({ caseId }).set(outsider.auth).expect(200)).body.total,
      ).toBe(0);
      await api.http().post('/api/contacts').set(outsider.auth).send(call(caseId)).expect(422);
    }
    await api.http().get(`/api/contacts/${logged.body.id}`).set(firm.managerA.auth).expect(200);
  });
});

describe('proposal suggestions', () => {
  it('offer plans within the debt’s share of the capacity and the creditor’s longest plan', async () => {
    const { caseId, debtId } = await caseWithDebt(firm.officerA1);
    const before = await api
      .http()
      .get(`/api/debts/${debtId}/proposal-suggestions`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(before.body).toMatchObject({ hasFinancialStatement: false, suggestions: [] });
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send({
        caseId,
        income: [{ source: '薪資', amountFen: 3000000 }],
        essentialSpending: [{ category: '房租', amountFen: 2400000 }],
        otherDebts: [],
        dependants: 0,
      })
      .expect(201);
    const after = await api
      .http()
      .get(`/api/debts/${debtId}/proposal-suggestions`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(after.body).toMatchObject({
      hasFinancialStatement: true,
      capacityFen: 420000,
      creditorMaxMonths: 12,
    });
    expect(after.body.suggestions.length).toBeGreaterThan(0);
    for (const s of after.body.suggestions) {
      expect(s.months).toBeLessThanOrEqual(12);
      expect(s.monthlyFen).toBeLessThanOrEqual(420000);
    }
    await api.http().get(`/api/debts/${debtId}/proposal-suggestions`).set(firm.officerB1.auth).expect(404);
  });
});
