import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';

const api = useApiApp('living-minimums');
let firm: TestFirm;
let huabei: string;
let card: string;
let shanghai: { id: string; monthlyFenPerPerson: number };
let taipei: { id: string };
let seq = 15000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
  const list = await api.http().get('/api/living-minimums').query({ perPage: 100 }).set(firm.officerA1.auth);
  const rows = list.body.data as { id: string; region: string; monthlyFenPerPerson: number }[];
  shanghai = rows.find((r) => r.region === '上海市') as (typeof rows)[number];
  taipei = rows.find((r) => r.region === '臺北市') as (typeof rows)[number];
});

const newFigure = (region: string) => ({
  region,
  currency: 'CNY',
  monthlyFenPerPerson: 100000,
  effectiveFrom: '2026-01-01',
  source: '測試公告',
});

describe('living minimums per region', () => {
  it('are seeded with their source, and everyone signed in reads them', async () => {
    for (const who of [firm.officerA1, firm.managerA, firm.admin]) {
      const list = await api
        .http()
        .get('/api/living-minimums')
        .query({ perPage: 100 })
        .set(who.auth)
        .expect(200);
      expect(list.body.total).toBeGreaterThanOrEqual(5);
    }
    expect(shanghai.monthlyFenPerPerson).toBe(151000);
    const one = await api
      .http()
      .get(`/api/living-minimums/${taipei.id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(one.body).toMatchObject({ region: '臺北市', currency: 'TWD', monthlyFenPerPerson: 2037900 });
    expect(one.body.source).toMatch(/最低生活費/);
    const twd = await api.http().get('/api/living-minimums').query({ currency: 'TWD' }).set(firm.admin.auth);
    expect((twd.body.data as { currency: string }[]).every((r) => r.currency === 'TWD')).toBe(true);
    await api
      .http()
      .get('/api/living-minimums/00000000-0000-4000-8000-000000000000')
      .set(firm.admin.auth)
      .expect(404);
  });

  // Officers and managers explain the floor to clients, so they read every figure; only admins keep them.
  describe.each([
    ['an officer', () => firm.officerA1],
    ['a manager', () => firm.managerA],
  ])('%s', (_, who) => {
    it('lists and shows the figures (200)', async () => {
      const list = await api.http().get('/api/living-minimums').set(who().auth).expect(200);
      expect(list.body.data.length).toBeGreaterThan(0);
      await api.http().get(`/api/living-minimums/${shanghai.id}`).set(who().auth).expect(200);
    });

    it('may not create or update one (403), and nothing changes', async () => {
      await api.http().post('/api/living-minimums').set(who().auth).send(newFigure('南京市')).expect(403);
      await api
        .http()
        .patch(`/api/living-minimums/${shanghai.id}`)
        .set(who().auth)
        .send({ monthlyFenPerPerson: 1, version: 1 })
        .expect(403);
      const after = await api.http().get(`/api/living-minimums/${shanghai.id}`).set(firm.admin.auth);
      expect(after.body).toMatchObject({ monthlyFenPerPerson: 151000, version: 1 });
      const list = await api.http().get('/api/living-minimums').query({ q: '南京' }).set(firm.admin.auth);
      expect(list.body.total).toBe(0);
    });

    it('may not delete one: no role can, a statement names the figure it was measured against (404)', async () => {
      await api.http().delete(`/api/living-minimums/${shanghai.id}`).set(who().auth).expect(404);
      await api.http().delete(`/api/living-minimums/${shanghai.id}`).set(firm.admin.auth).expect(404);
      await api.http().get(`/api/living-minimums/${shanghai.id}`).set(who().auth).expect(200);
    });
  });

  it('an admin adds or changes one, and each change is audited', async () => {
    const created = await api
      .http()
      .post('/api/living-minimums')
      .set(firm.admin.auth)
      .send(newFigure('杭州市'))
      .expect(201);
    expect(created.body).toMatchObject({ region: '杭州市', monthlyFenPerPerson: 100000, version: 1 });
    await api
      .http()
      .post('/api/living-minimums')
      .set(firm.admin.auth)
      .send(newFigure('杭州市'))
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('LIVING_MINIMUM_EXISTS'));
    const changed = await api
      .http()
      .patch(`/api/living-minimums/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ monthlyFenPerPerson: 108000, version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({ monthlyFenPerPerson: 108000, version: 2 });
    await api
      .http()
      .patch(`/api/living-minimums/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ monthlyFenPerPerson: 1, version: 1 })
      .expect(409);
    await api
      .http()
      .patch('/api/living-minimums/00000000-0000-4000-8000-000000000000')
      .set(firm.admin.auth)
      .send({ monthlyFenPerPerson: 1, version: 1 })
      .expect(404);
    const audit: { action: string; actor_id: string }[] = await api.app
      .get(DataSource)
      .query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY at`, [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['living_minimum.created', 'living_minimum.updated']);
    expect(audit.every((a) => a.actor_id === firm.admin.user.id)).toBe(true);
  });

  it.each([
    ['a negative amount', { monthlyFenPerPerson: -1 }, 'monthlyFenPerPerson', 'AMOUNT_NEGATIVE'],
    ['an unknown currency', { currency: 'USD' }, 'currency', 'CURRENCY_UNKNOWN'],
    ['a missing region', { region: undefined }, 'region', 'REGION_MISSING'],
    ['a blank region', { region: '  ' }, 'region', 'REGION_MISSING'],
  ])('refuses %s with 400 and its code', async (_, change, field, code) => {
    const res = await api
      .http()
      .post('/api/living-minimums')
      .set(firm.admin.auth)
      .send({ ...newFigure('蘇州市'), ...change })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, codes: [code] })]),
    );
  });
});

describe('affordability with a region and the shortfall', () => {
  async function caseWithDebts() {
    const { caseId } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [
        { creditorId: huabei, outstandingFen: 200000, overdueFen: 0 }, // 花唄: 12 months → 16667 a month
        { creditorId: card, outstandingFen: 1500000, overdueFen: 0 }, // 招商 card: 60 months → 25000
      ],
    });
    return caseId;
  }
  const statement = (caseId: string, incomeFen: number, livingMinimumId?: string | null) => ({
    caseId,
    income: [{ source: '薪資', amountFen: incomeFen }],
    essentialSpending: [{ category: '房租', amountFen: 100000 }],
    otherDebts: [{ lender: '親友借款', monthlyPaymentFen: 100000 }],
    dependants: 2,
    ...(livingMinimumId !== undefined ? { livingMinimumId } : {}),
  });
  const answer = async (caseId: string) =>
    (await api.http().get(`/api/cases/${caseId}/affordability`).set(firm.officerA1.auth).expect(200)).body;

  it('without a region no floor applies, and the answer says so', async () => {
    const caseId = await caseWithDebts();
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 800000))
      .expect(201);
    const body = await answer(caseId);
    expect(body.livingMinimum).toBeNull();
    expect(body.figures).toMatchObject({
      householdLivingMinimumFen: null,
      spendingCounted: 'stated',
      countedSpendingFen: 100000,
      disposableFen: 600000,
      capacityFen: 420000,
    });
    expect(body.shortfall).toMatchObject({ neededFen: 41667, shortfallFen: 0, fits: true });
  });

  it('with a region the household floor (3 people × ¥1,510) is counted when above the stated spending', async () => {
    const caseId = await caseWithDebts();
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 800000, shanghai.id))
      .expect(201);
    const body = await answer(caseId);
    expect(body.livingMinimum).toMatchObject({
      region: '上海市',
      perPersonFen: 151000,
      people: 3,
      householdFen: 453000,
    });
    // 800000 − 453000 − 100000 = 247000; 70 % = 172900.
    expect(body.figures).toMatchObject({
      essentialSpendingFen: 100000,
      spendingCounted: 'living_minimum',
      countedSpendingFen: 453000,
      disposableFen: 247000,
      capacityFen: 172900,
    });
    expect(body.shortfall).toMatchObject({ shortfallFen: 0, fits: true });
  });

  it('when no plan fits, answers the shortfall a month against the cheapest plan', async () => {
    const caseId = await caseWithDebts();
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 600000, shanghai.id))
      .expect(201);
    const body = await answer(caseId);
    // 600000 − 453000 − 100000 = 47000; 70 % = 32900; the cheapest plan needs 16667 + 25000 = 41667.
    expect(body.figures.capacityFen).toBe(32900);
    expect(body.shortfall).toEqual({
      neededFen: 41667,
      capacityFen: 32900,
      shortfallFen: 8767,
      fits: false,
      plans: [
        expect.objectContaining({ months: 12, monthlyFen: 16667, creditorName: '支付寶花唄' }),
        expect.objectContaining({ months: 60, monthlyFen: 25000, creditorName: '招商銀行信用卡' }),
      ],
    });
  });

  it("refuses a region in another currency than the statement's (422), and an unknown one", async () => {
    const caseId = await caseWithDebts();
    const res = await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 800000, taipei.id))
      .expect(422);
    expect(res.body).toMatchObject({
      code: 'LIVING_MINIMUM_CURRENCY_MISMATCH',
      details: { statementCurrency: 'CNY', livingMinimumCurrency: 'TWD' },
    });
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 800000, '00000000-0000-4000-8000-000000000000'))
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('LIVING_MINIMUM_UNKNOWN'));
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send(statement(caseId, 800000, null))
      .expect(201);
  });
});
