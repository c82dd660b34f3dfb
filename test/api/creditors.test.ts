import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { buildFirm, type TestFirm } from './support/firm';

const api = useApiApp('creditors');
let firm: TestFirm;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
});

const huabei = { name: '測試花唄', product: 'huabei', penaltyDailyRatePpm: 500, maxInstallmentMonths: 12 };

describe('creditor catalog', () => {
  it('is readable by every role and seeded with both markets', async () => {
    for (const member of [firm.officerA1, firm.managerA, firm.admin]) {
      const response = await api
        .http()
        .get('/api/creditors')
        .query({ perPage: 100 })
        .set(member.auth)
        .expect(200);
      expect(response.body.total).toBeGreaterThanOrEqual(10);
      expect(new Set(response.body.data.map((c: { market: string }) => c.market))).toEqual(
        new Set(['CN', 'TW']),
      );
    }
    const filtered = await api
      .http()
      .get('/api/creditors')
      .query({ product: 'huabei' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(filtered.body.data.map((c: { name: string }) => c.name)).toEqual(['支付寶花唄']);
  });

  it('is maintained by admins only', async () => {
    await api.http().post('/api/creditors').set(firm.officerA1.auth).send(huabei).expect(403);
    await api.http().post('/api/creditors').set(firm.managerA.auth).send(huabei).expect(403);
    const created = await api.http().post('/api/creditors').set(firm.admin.auth).send(huabei).expect(201);
    expect(created.body).toMatchObject({
      ...huabei,
      penaltyBase: 'overdue_amount',
      penaltyCapBp: null,
      penaltyCompounding: 'none',
      penaltyYearlyCapBp: null,
      lateFee: { kind: 'none' },
      market: 'CN',
      version: 1,
    });
    const duplicate = await api.http().post('/api/creditors').set(firm.admin.auth).send(huabei).expect(409);
    expect(duplicate.body.code).toBe('CREDITOR_EXISTS');
    const updated = await api
      .http()
      .patch(`/api/creditors/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ penaltyCapBp: 2400, version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ penaltyCapBp: 2400, version: 2 });
    await api
      .http()
      .patch(`/api/creditors/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ penaltyCapBp: 1, version: 1 })
      .expect(409);
  });

  it('refuses bad rules with 400', async () => {
    const bad = await api
      .http()
      .post('/api/creditors')
      .set(firm.admin.auth)
      .send({
        name: 'x',
        product: 'loan_shark',
        penaltyDailyRatePpm: -1,
        penaltyBase: 'whatever_is_owed',
        penaltyCapBp: -5,
        penaltyYearlyCapBp: -2400,
        penaltyCompounding: 'daily',
        lateFee: { kind: 'share_of_minimum', shareBp: -500, capFen: -1 },
        customerService: [{ channel: 'pigeon', value: '' }],
      })
      .expect(400);
    const fields = bad.body.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'product',
        'penaltyDailyRatePpm',
        'penaltyBase',
        'penaltyCapBp',
        'penaltyYearlyCapBp',
        'penaltyCompounding',
        'lateFee.shareBp',
        'lateFee.capFen',
        'customerService.0.channel',
        'customerService.0.value',
      ]),
    );
    for (const wrong of [
      { penaltyDailyRatePpm: 1.5 },
      { lateFee: { kind: 'per_day' } },
      { lateFee: { kind: 'fixed' } },
      { lateFee: 'five percent' },
    ])
      await api
        .http()
        .post('/api/creditors')
        .set(firm.admin.auth)
        .send({ ...huabei, name: 'y', ...wrong })
        .expect(400);
  });

  it('keeps a rule as creditors write it: 0.035 % a day, monthly compounding, a yearly cap and a late fee', async () => {
    const card = {
      name: '測試銀行信用卡',
      product: 'credit_card',
      penaltyDailyRatePpm: 350,
      penaltyBase: 'outstanding_amount',
      penaltyCompounding: 'monthly',
      penaltyYearlyCapBp: 2400,
      lateFee: { kind: 'share_of_minimum', shareBp: 500, capFen: 20000, fen: 99 },
    };
    const created = await api.http().post('/api/creditors').set(firm.admin.auth).send(card).expect(201);
    // Only the fields its kind uses are kept.
    expect(created.body).toMatchObject({
      ...card,
      lateFee: { kind: 'share_of_minimum', shareBp: 500, capFen: 20000, maxCycles: null },
    });
    expect(created.body.lateFee).not.toHaveProperty('fen');
    const fixed = await api
      .http()
      .patch(`/api/creditors/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ lateFee: { kind: 'fixed', fen: 30000, maxCycles: 3 }, version: 1 })
      .expect(200);
    expect(fixed.body.lateFee).toEqual({ kind: 'fixed', fen: 30000, maxCycles: 3 });
  });

  it("works a debt's penalty and late fee out from its creditor's rule, to the fen", async () => {
    const catalog = await api
      .http()
      .get('/api/creditors')
      .query({ perPage: 100 })
      .set(firm.admin.auth)
      .expect(200);
    const card = (catalog.body.data as { id: string; name: string }[]).find(
      (c) => c.name === '招商銀行信用卡',
    );
    expect(card).toMatchObject({ penaltyDailyRatePpm: 500, penaltyCompounding: 'monthly' });
    const client = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send({
        fullName: '測試客戶',
        idType: 'tw_national_id',
        idNumber: 'A123456789',
        consentPurposes: ['debt_negotiation'],
      })
      .expect(201);
    const opened = await api
      .http()
      .post('/api/cases')
      .set(firm.officerA1.auth)
      .send({ clientId: client.body.id, overdueReason: 'job_loss' })
      .expect(201);
    const overdueSince = addDays(calendarDateIn(new Date(), 'Asia/Taipei'), -65);
    const debt = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({
        caseId: opened.body.id,
        creditorId: card?.id,
        principalFen: 1000000,
        outstandingFen: 1000000,
        overdueFen: 100000,
        minimumDueFen: 100000,
        overdueSince,
      })
      .expect(201);
    // ¥10,000 × 1.015 × 1.015 × 1.0025 − ¥10,000 = ¥328.00; 3 cycles × 5 % × ¥1,000 = ¥150.00.
    expect(debt.body).toMatchObject({
      daysOverdue: 65,
      overdueBucket: 'M3',
      cardRiskClass: 'special_mention',
      minimumDueFen: 100000,
      penaltyAccruedFen: 32800,
      lateFeeAccruedFen: 15000,
      chargesAccruedFen: 47800,
    });
    // The case's totals say the late fee apart, today and in the cost of waiting.
    const detail = await api.http().get(`/api/cases/${opened.body.id}`).set(firm.officerA1.auth).expect(200);
    const cny = (
      detail.body.totalsByCurrency as {
        currency: string;
        lateFeeAccruedFen: number;
        penaltyProjected: { afterDays: number; lateFeeFen: number }[];
      }[]
    ).find((t) => t.currency === 'CNY');
    expect(cny?.lateFeeAccruedFen).toBe(15000);
    // +30 days: 95 days overdue, ceil(95 / 30) = 4 cycles × ¥50.
    expect(cny?.penaltyProjected.map((p) => [p.afterDays, p.lateFeeFen])).toEqual([
      [0, 15000],
      [30, 20000],
      [90, 30000],
      [180, 45000],
    ]);
    await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({
        caseId: opened.body.id,
        creditorId: card?.id,
        principalFen: 1,
        outstandingFen: 1,
        overdueFen: 1,
        minimumDueFen: -1,
      })
      .expect(400);
  });
});
