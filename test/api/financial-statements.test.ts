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
/** 中國信託: a Taiwan bank of the catalog, owed in TWD. */
let ctbc: string;
let seq = 12000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
  [{ id: ctbc }] = await api.app
    .get(DataSource)
    .query(`SELECT id FROM creditors WHERE name = '中國信託商業銀行'`);
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
    expect(result.body.figures).toMatchObject({
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

describe('a statement’s currency', () => {
  const post = (body: Record<string, unknown>) =>
    api.http().post('/api/financial-statements').set(firm.officerA1.auth).send(body);

  it('is the open debts’ one: a Taiwan client’s statement is in TWD', async () => {
    const { caseId } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId: ctbc, outstandingFen: 8000000, overdueFen: 0 }],
    });
    const made = await post(statement(caseId)).expect(201);
    expect(made.body.currency).toBe('TWD');
    const answer = await api
      .http()
      .get(`/api/cases/${caseId}/affordability`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(answer.body).toMatchObject({ currency: 'TWD', debts: [{ currency: 'TWD', capacityFen: 910000 }] });
    const refused = await post({ ...statement(caseId), currency: 'CNY' }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'STATEMENT_CURRENCY_NOT_OWED',
      details: { field: 'currency', owed: ['TWD'] },
    });
  });

  it('must be named when the debts are in two currencies, and only its own debts share the capacity', async () => {
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [
        { creditorId: huabei, outstandingFen: 200000, overdueFen: 0 },
        { creditorId: ctbc, outstandingFen: 8000000, overdueFen: 0 },
        { creditorId: card, outstandingFen: 1500000, overdueFen: 0 },
      ],
    });
    const refused = await post(statement(caseId)).expect(422);
    expect(refused.body).toMatchObject({
      code: 'STATEMENT_CURRENCY_NEEDED',
      details: { field: 'currency', owed: ['CNY', 'TWD'] },
    });
    await post({ ...statement(caseId), currency: 'CNY' }).expect(201);
    const answer = await api
      .http()
      .get(`/api/cases/${caseId}/affordability`)
      .set(firm.officerA1.auth)
      .expect(200);
    // The yuan debts share ¥9,100 as when they were alone; the Taiwan bank's debt gets no share of it.
    expect(answer.body.currency).toBe('CNY');
    expect(
      answer.body.debts.map((d: { currency: string; capacityFen: number | null }) => [
        d.currency,
        d.capacityFen,
      ]),
    ).toEqual([
      ['CNY', 107059],
      ['TWD', null],
      ['CNY', 802941],
    ]);
    const suggestions = await api
      .http()
      .get(`/api/debts/${debtIds[1]}/proposal-suggestions`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(suggestions.body).toMatchObject({ statementCurrency: 'CNY', capacityFen: 0, suggestions: [] });
  });

  it('must be named for a case with no open debt yet', async () => {
    const { caseId } = await openCase(api, firm.officerA1, { serial: seq++, debts: [] });
    const refused = await post(statement(caseId)).expect(422);
    expect(refused.body).toMatchObject({ code: 'STATEMENT_CURRENCY_NEEDED', details: { owed: [] } });
    const made = await post({ ...statement(caseId), currency: 'TWD' }).expect(201);
    expect(made.body.currency).toBe('TWD');
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      kind: 'financial_statement.recorded',
      details: { currency: 'TWD' },
    });
  });
});
