import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { buildFirm, taiwanId, type TestFirm } from './support/firm';

const api = useApiApp('clients');
let firm: TestFirm;
let seq = 1000;

beforeAll(async () => {
  firm = await buildFirm(api);
});

const newClient = (extra: Record<string, unknown> = {}) => ({
  fullName: '李小明',
  idType: 'tw_national_id',
  idNumber: taiwanId(seq++),
  phone: `0912-${String(seq).padStart(3, '0')}-${String(seq).slice(-3).padStart(3, '0')}`,
  consentPurposes: ['debt_negotiation'],
  ...extra,
});

describe('clients', () => {
  it('stores the ID number and phone encrypted, answers them masked, and stamps consent', async () => {
    const body = newClient({ idNumber: 'A123456789', phone: '0912 345 678' });
    const created = await api.http().post('/api/clients').set(firm.officerA1.auth).send(body).expect(201);
    expect(created.body).toMatchObject({
      fullName: '李小明',
      idNumberMasked: 'A12*****89',
      phoneMasked: '091*****78',
      officerId: firm.officerA1.user.id,
      consentPurposes: ['debt_negotiation'],
    });
    expect(created.body.consentAt).toBeTruthy();
    expect(JSON.stringify(created.body)).not.toContain('A123456789');
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT id_number_cipher, id_number_hash, phone_cipher, key_id FROM clients WHERE id = $1`, [
        created.body.id,
      ]);
    expect(row.id_number_cipher).not.toContain('A123456789');
    expect(row.phone_cipher).not.toContain('0912345678');
    expect(row.key_id).toBe('t1');
  });

  it('refuses an ID number with a wrong check digit, and other bad input, with 400', async () => {
    const bad = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ idNumber: 'A123456788' }))
      .expect(400);
    expect(bad.body.details.fields[0].field).toBe('idNumber');
    await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ idType: 'cn_resident_id', idNumber: '110105194912310021' }))
      .expect(400);
    await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ phone: 'call me' }))
      .expect(400);
    await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ consentPurposes: ['marketing'] }))
      .expect(400);
    const cn = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ idType: 'cn_resident_id', idNumber: '11010519491231002x' }))
      .expect(201);
    expect(cn.body.idNumberMasked).toBe('110*************2X');
  });

  it('refuses a duplicate ID number or phone with 409, naming the client only to who may see it', async () => {
    const first = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient())
      .expect(201);
    const reveal = await api
      .http()
      .post(`/api/clients/${first.body.id}/reveal`)
      .set(firm.officerA1.auth)
      .expect(200);
    const sameId = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ idNumber: reveal.body.idNumber.toLowerCase() }))
      .expect(409);
    expect(sameId.body).toMatchObject({
      code: 'CLIENT_EXISTS',
      details: { field: 'idNumber', clientId: first.body.id },
    });
    const samePhoneElsewhere = await api
      .http()
      .post('/api/clients')
      .set(firm.officerB1.auth)
      .send(newClient({ phone: reveal.body.phone }))
      .expect(409);
    expect(samePhoneElsewhere.body.details).toEqual({ field: 'phone' });
  });

  it('looks a client up by exact ID number or phone in a POST body, within the caller’s scope', async () => {
    const body = newClient();
    const created = await api.http().post('/api/clients').set(firm.officerA1.auth).send(body).expect(201);
    const lookup = (member: { auth: Record<string, string> }, query: Record<string, unknown>) =>
      api.http().post('/api/clients/lookup').set(member.auth).send(query);
    const byId = await lookup(firm.officerA1, { idNumber: body.idNumber }).expect(200);
    expect(byId.body).toEqual({ data: [expect.objectContaining({ id: created.body.id })], total: 1 });
    // The same shape as the list answers, masked numbers only.
    const listed = await api
      .http()
      .get('/api/clients')
      .query({ q: body.fullName, perPage: 200 })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(listed.body.data).toContainEqual(byId.body.data[0]);
    expect(JSON.stringify(byId.body)).not.toContain(body.idNumber);
    // Typed as people type them: lower case, phone with spaces instead of dashes, or digits only.
    expect(
      (await lookup(firm.officerA1, { idNumber: body.idNumber.toLowerCase() }).expect(200)).body.total,
    ).toBe(1);
    for (const phone of [body.phone, body.phone.replace(/-/g, ' '), body.phone.replace(/\D/g, '')]) {
      expect((await lookup(firm.officerA1, { phone }).expect(200)).body.total).toBe(1);
    }
    const both = await lookup(firm.officerA1, {
      idNumber: body.idNumber,
      phone: body.phone,
      perPage: 5,
    }).expect(200);
    expect(both.body.total).toBe(1);
    expect(
      (await lookup(firm.officerA1, { idNumber: body.idNumber, phone: '0900000000' }).expect(200)).body.total,
    ).toBe(0);
    // Their manager and the admin find it; another officer, in the team or not, and the other manager do not.
    for (const member of [firm.managerA, firm.admin]) {
      expect((await lookup(member, { idNumber: body.idNumber }).expect(200)).body.total).toBe(1);
    }
    for (const member of [firm.officerA2, firm.officerB1, firm.managerB]) {
      expect((await lookup(member, { idNumber: body.idNumber }).expect(200)).body).toEqual({
        data: [],
        total: 0,
      });
      expect((await lookup(member, { phone: body.phone }).expect(200)).body.total).toBe(0);
    }
    await api.http().post('/api/clients/lookup').send({ idNumber: body.idNumber }).expect(401);
  });

  it('refuses a lookup without a number or with bad fields, and exact numbers in the list’s address', async () => {
    const bad: Record<string, unknown>[] = [
      {},
      { q: '李' },
      { idNumber: '' },
      { phone: '' },
      { idNumber: 12345 },
      { phone: ['0912345678'] },
      { idNumber: 'A'.repeat(41) },
      { idNumber: 'A123456789', role: 'admin' },
      { idNumber: 'A123456789', perPage: 1000 },
      { idNumber: 'A123456789', sort: 'idNumberHash' },
      { idNumber: 'A123456789', officerId: 'not-a-uuid' },
    ];
    for (const body of bad) {
      const response = await api.http().post('/api/clients/lookup').set(firm.officerA1.auth).send(body);
      expect({ body, status: response.status, code: response.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    for (const query of [{ idNumber: 'A123456789' }, { phone: '0912345678' }, { phone: '', q: '李' }]) {
      const response = await api.http().get('/api/clients').query(query).set(firm.officerA1.auth);
      expect({ query, status: response.status, code: response.body.code }).toEqual({
        query,
        status: 400,
        code: 'IDENTIFIER_IN_URL',
      });
    }
  });

  it('reveals identifiers only to who may see the client, and audits each look', async () => {
    const created = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient())
      .expect(201);
    for (const member of [firm.officerA1, firm.managerA, firm.admin]) {
      await api.http().post(`/api/clients/${created.body.id}/reveal`).set(member.auth).expect(200);
    }
    for (const member of [firm.officerA2, firm.managerB, firm.officerB1]) {
      await api.http().post(`/api/clients/${created.body.id}/reveal`).set(member.auth).expect(404);
    }
    const rows = await api.app
      .get(DataSource)
      .query(
        `SELECT actor_id FROM audit_log WHERE action = 'client.identifiers_revealed' AND entity_id = $1`,
        [created.body.id],
      );
    expect(rows.map((r: { actor_id: string }) => r.actor_id).sort()).toEqual(
      [firm.officerA1.user.id, firm.managerA.user.id, firm.admin.user.id].sort(),
    );
  });

  it('someone else’s client answers 404 on every route and is absent from their lists', async () => {
    const created = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient({ fullName: '只給A1看' }))
      .expect(201);
    for (const member of [firm.officerA2, firm.officerB1, firm.managerB]) {
      await api.http().get(`/api/clients/${created.body.id}`).set(member.auth).expect(404);
      await api
        .http()
        .patch(`/api/clients/${created.body.id}`)
        .set(member.auth)
        .send({ notes: 'x', version: 1 })
        .expect(404);
      const list = await api.http().get('/api/clients').query({ q: '只給A1看' }).set(member.auth).expect(200);
      expect(list.body.total).toBe(0);
    }
    for (const member of [firm.managerA, firm.admin]) {
      await api.http().get(`/api/clients/${created.body.id}`).set(member.auth).expect(200);
    }
  });

  it('updates with a version: a stale one answers 409', async () => {
    const created = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient())
      .expect(201);
    const updated = await api
      .http()
      .patch(`/api/clients/${created.body.id}`)
      .set(firm.officerA1.auth)
      .send({ address: '台北市信義區松仁路 100 號', version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ address: '台北市信義區松仁路 100 號', version: 2 });
    await api
      .http()
      .patch(`/api/clients/${created.body.id}`)
      .set(firm.officerA1.auth)
      .send({ address: 'x', version: 1 })
      .expect(409);
  });

  it('a manager assigns a client to an officer of their team only', async () => {
    const ok = await api
      .http()
      .post('/api/clients')
      .set(firm.managerA.auth)
      .send(newClient({ officerId: firm.officerA2.user.id }))
      .expect(201);
    expect(ok.body.officerId).toBe(firm.officerA2.user.id);
    await api
      .http()
      .post('/api/clients')
      .set(firm.managerA.auth)
      .send(newClient({ officerId: firm.officerB1.user.id }))
      .expect(422);
    await api.http().post('/api/clients').set(firm.managerA.auth).send(newClient()).expect(422);
  });

  it('records a withdrawal of consent as absent consent, audited', async () => {
    const created = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send(newClient())
      .expect(201);
    const withdrawn = await api
      .http()
      .patch(`/api/clients/${created.body.id}`)
      .set(firm.officerA1.auth)
      .send({ consentPurposes: [], version: 1 })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ consentPurposes: [], consentAt: null });
    const audit = await api.app
      .get(DataSource)
      .query(`SELECT details FROM audit_log WHERE action = 'client.updated' AND entity_id = $1`, [
        created.body.id,
      ]);
    expect(audit[0].details.after.consentPurposes).toEqual([]);
  });
});
