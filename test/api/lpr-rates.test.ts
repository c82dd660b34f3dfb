import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';

const api = useApiApp('lpr-rates');
let firm: TestFirm;
let seq = 16000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
});

const row = (effectiveOn: string, oneYearBp = 290) => ({
  effectiveOn,
  oneYearBp,
  fiveYearBp: 340,
  source: '測試公告',
});

describe('the dated LPR table', () => {
  it('is seeded with the published rates since the 2019 reform, and everyone signed in reads it', async () => {
    for (const who of [firm.officerA1, firm.managerA, firm.admin]) {
      const list = await api
        .http()
        .get('/api/lpr-rates')
        .query({ perPage: 100, order: 'ASC' })
        .set(who.auth)
        .expect(200);
      expect(list.body.total).toBeGreaterThanOrEqual(13);
      expect(list.body.data[0]).toMatchObject({
        id: '2019-08-20',
        effectiveOn: '2019-08-20',
        oneYearBp: 425,
        fiveYearBp: 485,
        source: 'PBOC / National Interbank Funding Center announcement',
        version: 1,
      });
    }
    const newestFirst = await api
      .http()
      .get('/api/lpr-rates')
      .query({ perPage: 2, order: 'DESC' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(newestFirst.body.data[0]).toMatchObject({ effectiveOn: '2025-05-20', oneYearBp: 300 });
    const one = await api.http().get('/api/lpr-rates/2020-04-20').set(firm.officerA1.auth).expect(200);
    expect(one.body).toMatchObject({ oneYearBp: 385, fiveYearBp: 465 });
    await api.http().get('/api/lpr-rates/2020-04-21').set(firm.officerA1.auth).expect(404);
    await api.http().get('/api/lpr-rates/2020-02-30').set(firm.officerA1.auth).expect(400);
    await api.http().get('/api/lpr-rates/yesterday').set(firm.officerA1.auth).expect(400);
  });

  it('only an admin adds, changes or deletes a row (officer and manager 403), each change audited', async () => {
    for (const who of [firm.officerA1, firm.managerA]) {
      await api.http().post('/api/lpr-rates').set(who.auth).send(row('2026-01-20')).expect(403);
      await api
        .http()
        .patch('/api/lpr-rates/2025-05-20')
        .set(who.auth)
        .send({ oneYearBp: 1, version: 1 })
        .expect(403);
      await api.http().delete('/api/lpr-rates/2025-05-20').set(who.auth).expect(403);
    }
    const created = await api
      .http()
      .post('/api/lpr-rates')
      .set(firm.admin.auth)
      .send(row('2026-01-20'))
      .expect(201);
    expect(created.body).toMatchObject({ id: '2026-01-20', oneYearBp: 290, fiveYearBp: 340, version: 1 });
    await api
      .http()
      .post('/api/lpr-rates')
      .set(firm.admin.auth)
      .send(row('2026-01-20', 280))
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('LPR_RATE_EXISTS'));
    const changed = await api
      .http()
      .patch('/api/lpr-rates/2026-01-20')
      .set(firm.admin.auth)
      .send({ oneYearBp: 285, fiveYearBp: null, version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({ oneYearBp: 285, fiveYearBp: null, version: 2 });
    await api
      .http()
      .patch('/api/lpr-rates/2026-01-20')
      .set(firm.admin.auth)
      .send({ oneYearBp: 1, version: 1 })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('STALE_VERSION'));
    // The date is the row's identity: it is not moved by an update.
    await api
      .http()
      .patch('/api/lpr-rates/2026-01-20')
      .set(firm.admin.auth)
      .send({ effectiveOn: '2026-01-21', version: 2 })
      .expect(400);
    await api
      .http()
      .patch('/api/lpr-rates/2026-01-21')
      .set(firm.admin.auth)
      .send({ oneYearBp: 1, version: 1 })
      .expect(404);
    await api.http().delete('/api/lpr-rates/2026-01-20').set(firm.admin.auth).expect(200);
    await api.http().delete('/api/lpr-rates/2026-01-20').set(firm.admin.auth).expect(404);
    await api.http().get('/api/lpr-rates/2026-01-20').set(firm.admin.auth).expect(404);
    const audit: { action: string; actor_id: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT action, actor_id FROM audit_log WHERE entity_type = 'lpr_rate' AND entity_id = $1 ORDER BY at, id`,
        ['2026-01-20'],
      );
    expect(audit.map((a) => a.action)).toEqual(['lpr_rate.created', 'lpr_rate.updated', 'lpr_rate.deleted']);
    expect(audit.every((a) => a.actor_id === firm.admin.user.id)).toBe(true);
  });

  it.each([
    ['a zero one-year rate', { oneYearBp: 0 }, 'oneYearBp', 'RATE_NOT_POSITIVE'],
    ['a negative one-year rate', { oneYearBp: -385 }, 'oneYearBp', 'RATE_NOT_POSITIVE'],
    ['a negative five-year rate', { fiveYearBp: -1 }, 'fiveYearBp', 'RATE_NOT_POSITIVE'],
    ['a date that does not exist', { effectiveOn: '2026-02-30' }, 'effectiveOn', 'DATE_INVALID'],
    ['a date that is not a date', { effectiveOn: 'next month' }, 'effectiveOn', 'DATE_INVALID'],
    ['a timestamp for a date', { effectiveOn: '2026-02-20T00:00:00Z' }, 'effectiveOn', 'DATE_INVALID'],
  ])('refuses %s with 400 and its code', async (_, change, field, code) => {
    const res = await api
      .http()
      .post('/api/lpr-rates')
      .set(firm.admin.auth)
      .send({ ...row('2026-02-20'), ...change })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, codes: [code] })]),
    );
  });

  it('refuses a rate that is not a whole number of basis points, a missing source, unknown fields', async () => {
    for (const bad of [{ oneYearBp: 3.85 }, { source: '' }, { percent: 3.85 }]) {
      await api
        .http()
        .post('/api/lpr-rates')
        .set(firm.admin.auth)
        .send({ ...row('2026-02-20'), ...bad })
        .expect(400);
    }
    await api
      .http()
      .patch('/api/lpr-rates/2025-05-20')
      .set(firm.admin.auth)
      .send({ oneYearBp: 0, version: 1 })
      .expect(400);
  });
});

describe("a debt's 4 × LPR check", () => {
  async function creditor(name: string, body: Record<string, unknown>) {
    const res = await api
      .http()
      .post('/api/creditors')
      .set(firm.admin.auth)
      .send({ name, product: 'online_loan', penaltyDailyRatePpm: 500, ...body })
      .expect(201);
    return res.body as { id: string; checkLprCap: boolean };
  }

  async function debtOf(creditorId: string, contractDate?: string) {
    const { debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId, outstandingFen: 500000, overdueSince: '2026-06-01' }],
    });
    if (contractDate) {
      const before = await api.http().get(`/api/debts/${debtIds[0]}`).set(firm.officerA1.auth).expect(200);
      await api
        .http()
        .patch(`/api/debts/${debtIds[0]}`)
        .set(firm.officerA1.auth)
        .send({ contractDate, version: before.body.version })
        .expect(200);
    }
    return debtIds[0];
  }

  it('the catalog checks the online lenders, and an admin sets the flag on any creditor', async () => {
    const list = await api.http().get('/api/creditors').query({ perPage: 100 }).set(firm.admin.auth);
    const rows = list.body.data as { name: string; product: string; checkLprCap: boolean }[];
    expect(rows.filter((c) => c.checkLprCap).map((c) => c.product)).toEqual(['online_loan', 'online_loan']);
    const unchecked = await creditor('測試小貸甲', {});
    expect(unchecked.checkLprCap).toBe(false);
    const checked = await api
      .http()
      .patch(`/api/creditors/${unchecked.id}`)
      .set(firm.admin.auth)
      .send({ checkLprCap: true, version: 1 })
      .expect(200);
    expect(checked.body.checkLprCap).toBe(true);
    await api
      .http()
      .patch(`/api/creditors/${unchecked.id}`)
      .set(firm.admin.auth)
      .send({ checkLprCap: 'yes', version: 2 })
      .expect(400);
  });

  it('over: 0.05 % a day (18.25 % a year) against 4 × 3.85 % at a contract of 2021-03-01', async () => {
    const lender = await creditor('測試網貸乙', { checkLprCap: true });
    const debtId = await debtOf(lender.id, '2021-03-01');
    const debt = await api.http().get(`/api/debts/${debtId}`).set(firm.officerA1.auth).expect(200);
    expect(debt.body.contractDate).toBe('2021-03-01');
    expect(debt.body.lprCheck).toEqual({
      status: 'over',
      lprBp: 385,
      lprEffectiveOn: '2020-04-20',
      capBp: 1540,
      annualRateBp: 1825,
    });
    // The case page reads the same check.
    const detail = await api
      .http()
      .get(`/api/cases/${debt.body.caseId}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(detail.body.debts[0].lprCheck).toMatchObject({ status: 'over', capBp: 1540 });
    // The debt list too.
    const listed = await api
      .http()
      .get('/api/debts')
      .query({ caseId: debt.body.caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(listed.body.data[0].lprCheck).toMatchObject({ status: 'over' });
  });

  it('within: a yearly cap of 15 % under 4 × 4.25 % at a contract of 2019-09-01', async () => {
    const lender = await creditor('測試網貸丙', { checkLprCap: true, penaltyYearlyCapBp: 1500 });
    const debtId = await debtOf(lender.id, '2019-09-01');
    const debt = await api.http().get(`/api/debts/${debtId}`).set(firm.officerA1.auth).expect(200);
    expect(debt.body.lprCheck).toEqual({
      status: 'within',
      lprBp: 425,
      lprEffectiveOn: '2019-08-20',
      capBp: 1700,
      annualRateBp: 1500,
    });
  });

  it('a row an admin adds is the one a later contract is read against', async () => {
    await api.http().post('/api/lpr-rates').set(firm.admin.auth).send(row('2026-03-20', 500)).expect(201);
    const lender = await creditor('測試網貸戊', { checkLprCap: true });
    const debtId = await debtOf(lender.id, '2026-04-01');
    const debt = await api.http().get(`/api/debts/${debtId}`).set(firm.officerA1.auth).expect(200);
    expect(debt.body.lprCheck).toMatchObject({
      status: 'within',
      lprBp: 500,
      lprEffectiveOn: '2026-03-20',
      capBp: 2000,
    });
    await api.http().delete('/api/lpr-rates/2026-03-20').set(firm.admin.auth).expect(200);
  });

  it('unknown, and why: no contract date, or a contract before the first published rate', async () => {
    const lender = await creditor('測試網貸丁', { checkLprCap: true });
    const undated = await debtOf(lender.id);
    const a = await api.http().get(`/api/debts/${undated}`).set(firm.officerA1.auth).expect(200);
    expect(a.body.contractDate).toBeNull();
    expect(a.body.lprCheck).toEqual({ status: 'unknown', reason: 'NO_CONTRACT_DATE' });
    const early = await debtOf(lender.id, '2019-08-19');
    const b = await api.http().get(`/api/debts/${early}`).set(firm.officerA1.auth).expect(200);
    expect(b.body.lprCheck).toEqual({ status: 'unknown', reason: 'NO_LPR_FOR_DATE' });
  });

  it("no check for a creditor the catalog does not mark (a bank's card)", async () => {
    const list = await api.http().get('/api/creditors').query({ perPage: 100 }).set(firm.admin.auth);
    const card = (list.body.data as { id: string; name: string }[]).find((c) => c.name === '招商銀行信用卡');
    const debtId = await debtOf(card?.id as string, '2021-03-01');
    const debt = await api.http().get(`/api/debts/${debtId}`).set(firm.officerA1.auth).expect(200);
    expect(debt.body.contractDate).toBe('2021-03-01');
    expect(debt.body.lprCheck).toBeNull();
  });

  it('refuses a contract date after today (the case policy) and one that is not a date (400)', async () => {
    const lender = await creditor('測試網貸己', { checkLprCap: true });
    const { caseId } = await openCase(api, firm.officerA1, { serial: seq++, debts: [] });
    const body = { caseId, creditorId: lender.id, principalFen: 1000, outstandingFen: 1000, overdueFen: 0 };
    const refused = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({ ...body, contractDate: '2999-01-01' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'ACTION_REFUSED',
      details: { reasons: ['CONTRACT_DATE_IN_FUTURE'] },
    });
    for (const contractDate of ['2021-02-29', '2021/03/01', 20210301])
      await api
        .http()
        .post('/api/debts')
        .set(firm.officerA1.auth)
        .send({ ...body, contractDate })
        .expect(400);
    const made = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({ ...body, contractDate: '2021-03-01' })
      .expect(201);
    expect(made.body.lprCheck).toMatchObject({ status: 'over' });
    await api
      .http()
      .patch(`/api/debts/${made.body.id}`)
      .set(firm.officerA1.auth)
      .send({ contractDate: '2999-01-01', version: made.body.version })
      .expect(409);
    const cleared = await api
      .http()
      .patch(`/api/debts/${made.body.id}`)
      .set(firm.officerA1.auth)
      .send({ contractDate: null, version: made.body.version })
      .expect(200);
    expect(cleared.body.lprCheck).toEqual({ status: 'unknown', reason: 'NO_CONTRACT_DATE' });
  });
});
