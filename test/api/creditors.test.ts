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

const huabei = { name: '測試花唄', product: 'huabei', penaltyDailyRateBp: 5, maxInstallmentMonths: 12 };

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
        penaltyDailyRateBp: -1,
        customerService: [{ channel: 'pigeon', value: '' }],
      })
      .expect(400);
    const fields = bad.body.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'product',
        'penaltyDailyRateBp',
        'customerService.0.channel',
        'customerService.0.value',
      ]),
    );
    await api
      .http()
      .post('/api/creditors')
      .set(firm.admin.auth)
      .send({ ...huabei, name: 'y', penaltyDailyRateBp: 1.5 })
      .expect(400);
  });
});
