import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';

const api = useApiApp('statements');
let firm: TestFirm;
let huabei: string;
let card: string;
let seq = 12000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
});

async function caseWithDebts(owner: Member) {
  const { caseId } = await openCase(api, owner, {
    serial: seq++,
    debts: [
      { creditorId: huabei, outstandingFen: 200000, overdueFen: 0 },
      { creditorId: card, outstandingFen: 1500000, overdueFen: 0 },
    ],
  });
  return caseId;
}

const statement = (caseId: string, incomeFen = 3200000) => ({
  caseId,
  income: [
    { source: '薪資', amountFen: incomeFen },
    { source: '兼職', amountFen: 400000 },
  ],
  essentialSpending: [
    { category: '房租', amountFen: 1200000 },
    { category: '生活費', amountFen: 800000 },
  ],
  otherDebts: [{ lender: '親友借款', monthlyPaymentFen: 300000 }],
  dependants: 2,
});

describe('financial statements and affordability', () => {
  it('answers the capacity (70 % of what is left) split across the debts pro rata, summing exactly', async () => {
    const caseId = await caseWithDebts(firm.officerA1);
    const none = await api
      .http()
      .get(`/api/cases/${caseId}/affordability`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(none.body).toMatchObject({ statementId: null, figures: null });
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId))
      .expect(201);
    const result = await api
      .http()
      .get(`/api/cases/${caseId}/affordability`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(result.body.figures).toEqual({
      incomeFen: 3600000,
      essentialSpendingFen: 2000000,
      otherDebtPaymentsFen: 300000,
      disposableFen: 1300000,
      capacityFen: 910000,
    });
    expect(result.body.debts.map((d: { capacityFen: number }) => d.capacityFen)).toEqual([107059, 802941]);
  });

  it('keeps one current statement per case and the earlier ones as history', async () => {
    const caseId = await caseWithDebts(firm.officerA1);
    const first = await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId))
      .expect(201);
    const second = await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 2800000))
      .expect(201);
    const list = await api
      .http()
      .get('/api/financial-statements')
      .query({ caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.data.map((s: { id: string; isCurrent: boolean }) => [s.id, s.isCurrent])).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      kind: 'financial_statement.recorded',
      details: { capacityFen: 630000 },
    });
  });

  it('refuses negative or fractional amounts, unknown fields, and someone else’s case', async () => {
    const caseId = await caseWithDebts(firm.officerA1);
    const bad = await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send({
        ...statement(caseId),
        income: [{ source: '薪資', amountFen: -1 }],
        essentialSpending: [{ category: 'x', amountFen: 1.5 }],
        salary: 1,
      })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'essentialSpending.0.amountFen',
      'income.0.amountFen',
      'salary',
    ]);
    for (const outsider of [firm.officerA2, firm.managerB]) {
      await api
        .http()
        .post('/api/financial-statements')
        .set(outsider.auth)
        .send(statement(caseId))
        .expect(404);
      await api.http().get(`/api/cases/${caseId}/affordability`).set(outsider.auth).expect(404);
      await api.http().get('/api/financial-statements').query({ caseId }).set(outsider.auth).expect(404);
    }
    const made = await api
      .http()
      .post('/api/financial-statements')
      .set(firm.managerA.auth)
      .send(statement(caseId))
      .expect(201);
    await api.http().get(`/api/financial-statements/${made.body.id}`).set(firm.officerB1.auth).expect(404);
    await api.http().get(`/api/financial-statements/${made.body.id}`).set(firm.admin.auth).expect(200);
  });
});
