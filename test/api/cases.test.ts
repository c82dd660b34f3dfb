import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors } from './support/cases';
import { buildFirm, taiwanId, type Member, type TestFirm } from './support/firm';

const api = useApiApp('cases');
let firm: TestFirm;
let huabei: string;
let card: string;
let seq = 5000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
});

async function openCase(owner: Member, consent = true) {
  const client = await api
    .http()
    .post('/api/clients')
    .set(owner.auth)
    .send({
      fullName: '陳怡如',
      idType: 'tw_national_id',
      idNumber: taiwanId(seq++),
      ...(consent ? { consentPurposes: ['debt_negotiation'] } : {}),
    })
    .expect(201);
  const created = await api
    .http()
    .post('/api/cases')
    .set(owner.auth)
    .send({ clientId: client.body.id, overdueReason: 'job_loss' })
    .expect(201);
  return created.body;
}

const addDebt = (owner: Member, caseId: string, extra: Record<string, unknown> = {}) =>
  api
    .http()
    .post('/api/debts')
    .set(owner.auth)
    .send({
      caseId,
      creditorId: huabei,
      principalFen: 200000,
      outstandingFen: 200000,
      overdueFen: 200000,
      overdueSince: addDays(today(), -30),
      ...extra,
    });

describe('cases', () => {
  it('opens a case with a unique reference, in intake, for the officer', async () => {
    const opened = await openCase(firm.officerA1);
    expect(opened.reference).toMatch(new RegExp(`^AC-${today().slice(0, 4)}-\\d{6}$`));
    expect(opened).toMatchObject({
      stage: 'intake',
      officerId: firm.officerA1.user.id,
      openDebtCount: 0,
      allowedMoves: ['documents', 'closed'],
    });
    const second = await openCase(firm.officerA1);
    expect(second.reference).not.toBe(opened.reference);
  });

  it('derives days overdue and penalty: ¥2,000 overdue 30 days on Huabei accrues ¥30.00', async () => {
    const opened = await openCase(firm.officerA1);
    const debt = await addDebt(firm.officerA1, opened.id, { accountReference: '6225 8888 1234 5678' }).expect(
      201,
    );
    expect(debt.body).toMatchObject({
      daysOverdue: 30,
      penaltyAccruedFen: 3000,
      accountReferenceMasked: '****5678',
      creditorName: '支付寶花唄',
    });
    expect(
      debt.body.projection.map((p: { afterDays: number; penaltyFen: number }) => [p.afterDays, p.penaltyFen]),
    ).toEqual([
      [0, 3000],
      [30, 6000],
      [90, 12000],
      [180, 21000],
    ]);
    const projection = await api
      .http()
      .get('/api/penalty-projection')
      .query({ debtId: debt.body.id })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(projection.body.points[1]).toMatchObject({
      afterDays: 30,
      daysOverdue: 60,
      penaltyFen: 6000,
      totalOwedFen: 206000,
    });
    const detail = await api.http().get(`/api/cases/${opened.id}`).set(firm.officerA1.auth).expect(200);
    expect(detail.body.totalsByCurrency).toHaveLength(1);
    expect(detail.body.totalsByCurrency[0]).toMatchObject({
      currency: 'CNY',
      outstandingFen: 200000,
      overdueFen: 200000,
      penaltyAccruedFen: 3000,
    });
    expect(detail.body.maxDaysOverdue).toBe(30);
  });

  it('refuses negative amounts, overdue above outstanding, bad dates and unknown creditors', async () => {
    const opened = await openCase(firm.officerA1);
    await addDebt(firm.officerA1, opened.id, { principalFen: -1 }).expect(400);
    await addDebt(firm.officerA1, opened.id, { outstandingFen: 12.5 }).expect(400);
    await addDebt(firm.officerA1, opened.id, { overdueSince: '2026-02-30' }).expect(400);
    const over = await addDebt(firm.officerA1, opened.id, { outstandingFen: 100, overdueFen: 200 }).expect(
      422,
    );
    expect(over.body.code).toBe('OVERDUE_EXCEEDS_OUTSTANDING');
    await addDebt(firm.officerA1, opened.id, { creditorId: '00000000-0000-4000-8000-000000000000' }).expect(
      422,
    );
  });

  it('the stage guard refuses leaving intake without a debt and consent, with the unmet conditions', async () => {
    const opened = await openCase(firm.officerA1, false);
    const refused = await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'documents', reason: '開始收件' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'CASE_TRANSITION_REFUSED',
      details: {
        from: 'intake',
        to: 'documents',
        code: 'CONDITIONS_UNMET',
        unmet: ['NEEDS_A_DEBT', 'NEEDS_CONSENT'],
      },
    });
    const unknownMove = await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'repaying', reason: 'x' })
      .expect(409);
    expect(unknownMove.body.details).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      allowedMoves: ['documents', 'closed'],
    });
    await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'paid', reason: 'x' })
      .expect(400);
  });

  it('moves along the spine, records each move on the timeline, and closes only with an outcome and a note', async () => {
    const opened = await openCase(firm.officerA1);
    await addDebt(firm.officerA1, opened.id).expect(201);
    const moved = await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'documents', reason: '資料齊備，開始收件' })
      .expect(200);
    expect(moved.body.stage).toBe('documents');
    const noNote = await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'closed', reason: '客戶撤回' })
      .expect(409);
    expect(noNote.body.details.unmet).toEqual(['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE']);
    const closed = await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({
        to: 'closed',
        reason: '客戶撤回',
        outcome: 'withdrawn',
        closingNote: '客戶自行與債權人達成協議',
      })
      .expect(200);
    expect(closed.body).toMatchObject({
      stage: 'closed',
      outcome: 'withdrawn',
      closedOn: today(),
      allowedMoves: [],
    });
    const timeline = await api
      .http()
      .get(`/api/cases/${opened.id}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data.map((e: { kind: string }) => e.kind)).toEqual([
      'case.stage_changed',
      'case.stage_changed',
      'debt.added',
      'case.opened',
    ]);
    expect(timeline.body.data[1]).toMatchObject({
      actorId: firm.officerA1.user.id,
      details: { from: 'intake', to: 'documents', reason: '資料齊備，開始收件' },
    });
    await api
      .http()
      .patch(`/api/cases/${opened.id}`)
      .set(firm.officerA1.auth)
      .send({ litigationRisk: 'high', version: closed.body.version })
      .expect(409);
  });

  it('records before and after of a changed field, and refuses a stale version', async () => {
    const opened = await openCase(firm.officerA1);
    await api
      .http()
      .patch(`/api/cases/${opened.id}`)
      .set(firm.officerA1.auth)
      .send({ litigationRisk: 'high', version: 1 })
      .expect(200);
    const stale = await api
      .http()
      .patch(`/api/cases/${opened.id}`)
      .set(firm.officerA1.auth)
      .send({ litigationRisk: 'low', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const timeline = await api
      .http()
      .get(`/api/cases/${opened.id}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      kind: 'case.updated',
      details: { before: { litigationRisk: 'none' }, after: { litigationRisk: 'high' } },
    });
  });

  it('someone else’s case and its debts answer 404 on every route; lists leave them out', async () => {
    const opened = await openCase(firm.officerA1);
    const debt = await addDebt(firm.officerA1, opened.id).expect(201);
    for (const outsider of [firm.officerA2, firm.officerB1, firm.managerB]) {
      const h = api.http;
      await h().get(`/api/cases/${opened.id}`).set(outsider.auth).expect(404);
      await h()
        .patch(`/api/cases/${opened.id}`)
        .set(outsider.auth)
        .send({ litigationRisk: 'low', version: 1 })
        .expect(404);
      await h()
        .post(`/api/cases/${opened.id}/transition`)
        .set(outsider.auth)
        .send({ to: 'documents', reason: 'x' })
        .expect(404);
      await h().get(`/api/cases/${opened.id}/timeline`).set(outsider.auth).expect(404);
      await h().get(`/api/debts/${debt.body.id}`).set(outsider.auth).expect(404);
      await h()
        .patch(`/api/debts/${debt.body.id}`)
        .set(outsider.auth)
        .send({ overdueFen: 1, version: 1 })
        .expect(404);
      await h().delete(`/api/debts/${debt.body.id}`).set(outsider.auth).expect(404);
      await h().get('/api/penalty-projection').query({ debtId: debt.body.id }).set(outsider.auth).expect(404);
      await addDebt(outsider, opened.id).expect(422);
      const cases = await h()
        .get('/api/cases')
        .query({ clientId: opened.clientId })
        .set(outsider.auth)
        .expect(200);
      expect(cases.body.total).toBe(0);
      const debts = await h().get('/api/debts').query({ caseId: opened.id }).set(outsider.auth).expect(200);
      expect(debts.body.total).toBe(0);
    }
    for (const insider of [firm.managerA, firm.admin]) {
      await api.http().get(`/api/cases/${opened.id}`).set(insider.auth).expect(200);
      const debts = await api
        .http()
        .get('/api/debts')
        .query({ caseId: opened.id })
        .set(insider.auth)
        .expect(200);
      expect(debts.body.total).toBe(1);
    }
  });

  it('reassignment is for managers (within their team) and admins, and lands on the timeline', async () => {
    const opened = await openCase(firm.officerA1);
    await api
      .http()
      .post(`/api/cases/${opened.id}/reassign`)
      .set(firm.officerA1.auth)
      .send({ officerId: firm.officerA2.user.id, reason: 'x' })
      .expect(403);
    await api
      .http()
      .post(`/api/cases/${opened.id}/reassign`)
      .set(firm.managerB.auth)
      .send({ officerId: firm.officerB1.user.id, reason: 'x' })
      .expect(404);
    await api
      .http()
      .post(`/api/cases/${opened.id}/reassign`)
      .set(firm.managerA.auth)
      .send({ officerId: firm.officerB1.user.id, reason: 'x' })
      .expect(422);
    const moved = await api
      .http()
      .post(`/api/cases/${opened.id}/reassign`)
      .set(firm.managerA.auth)
      .send({ officerId: firm.officerA2.user.id, reason: '王雅婷請假，平衡工作量' })
      .expect(200);
    expect(moved.body.officerId).toBe(firm.officerA2.user.id);
    const timeline = await api
      .http()
      .get(`/api/cases/${opened.id}/timeline`)
      .set(firm.officerA2.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({
      kind: 'case.reassigned',
      details: {
        from: firm.officerA1.user.id,
        to: firm.officerA2.user.id,
        fromName: '測試 officer',
        toName: '測試 officer',
      },
    });
    await api.http().get(`/api/cases/${opened.id}`).set(firm.officerA1.auth).expect(404);
    await api.http().get(`/api/cases/${opened.id}`).set(firm.officerA2.auth).expect(200);
    // The new officer reaches the client through the case.
    await api.http().get(`/api/clients/${opened.clientId}`).set(firm.officerA2.auth).expect(200);
  });

  it('filters the list by stage, creditor, days-overdue bucket, litigation risk and text', async () => {
    const a = await openCase(firm.officerB1);
    await addDebt(firm.officerB1, a.id, { overdueSince: addDays(today(), -100) }).expect(201);
    const b = await openCase(firm.officerB1);
    await addDebt(firm.officerB1, b.id, { creditorId: card, overdueSince: addDays(today(), -10) }).expect(
      201,
    );
    await api
      .http()
      .patch(`/api/cases/${b.id}`)
      .set(firm.officerB1.auth)
      .send({ litigationRisk: 'sued', version: 1 })
      .expect(200);
    const ids = async (query: Record<string, string>) =>
      (await api.http().get('/api/cases').query(query).set(firm.officerB1.auth).expect(200)).body.data
        .map((c: { id: string }) => c.id)
        .sort();
    expect(await ids({ overdueBucket: 'M3+' })).toEqual([a.id]);
    expect(await ids({ overdueBucket: 'M1' })).toEqual([b.id]);
    expect(await ids({ overdueBucket: 'M2' })).toEqual([]);
    expect(await ids({ creditorId: card })).toEqual([b.id]);
    expect(await ids({ litigationRisk: 'sued' })).toEqual([b.id]);
    expect(await ids({ q: a.reference })).toEqual([a.id]);
    expect(await ids({ stage: 'intake' })).toEqual([a.id, b.id].sort());
    const sorted = await api
      .http()
      .get('/api/cases')
      .query({ sort: 'totalOutstandingFen', order: 'DESC' })
      .set(firm.officerB1.auth)
      .expect(200);
    expect(sorted.body.data[0].clientName).toBe('陳怡如');
    await api
      .http()
      .get('/api/cases')
      .query({ overdueBucket: '91-180' })
      .set(firm.officerB1.auth)
      .expect(400);
  });

  it('removes a debt only at intake; later it is excluded with a reason', async () => {
    const opened = await openCase(firm.officerA1);
    const first = await addDebt(firm.officerA1, opened.id).expect(201);
    const second = await addDebt(firm.officerA1, opened.id, { creditorId: card }).expect(201);
    await api.http().delete(`/api/debts/${first.body.id}`).set(firm.officerA1.auth).expect(200);
    await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'documents', reason: 'x' })
      .expect(200);
    const locked = await api
      .http()
      .delete(`/api/debts/${second.body.id}`)
      .set(firm.officerA1.auth)
      .expect(409);
    expect(locked.body).toMatchObject({ code: 'ACTION_REFUSED', details: { reasons: ['WRONG_STAGE'] } });
    await api
      .http()
      .patch(`/api/debts/${second.body.id}`)
      .set(firm.officerA1.auth)
      .send({ status: 'excluded', version: 1 })
      .expect(422);
    await api
      .http()
      .patch(`/api/debts/${second.body.id}`)
      .set(firm.officerA1.auth)
      .send({ status: 'excluded', excludedReason: '已由客戶自行結清', version: 1 })
      .expect(200);
    const detail = await api.http().get(`/api/cases/${opened.id}`).set(firm.officerA1.auth).expect(200);
    expect(detail.body).toMatchObject({ openDebtCount: 0, totalOutstandingFen: 0, totalsByCurrency: [] });
  });

  it('list totals read from the kept case counts stay exact through opening, moving and reassigning', async () => {
    const opened = await openCase(firm.officerA2);
    await addDebt(firm.officerA2, opened.id).expect(201);
    await api
      .http()
      .post(`/api/cases/${opened.id}/transition`)
      .set(firm.officerA2.auth)
      .send({ to: 'documents', reason: 'x' })
      .expect(200);
    await api
      .http()
      .post(`/api/cases/${opened.id}/reassign`)
      .set(firm.managerA.auth)
      .send({ officerId: firm.officerA1.user.id, reason: 'x' })
      .expect(200);
    await openCase(firm.officerB1);
    const db = api.app.get(DataSource);
    const expected = async (where: string, params: unknown[]) =>
      (await db.query(`SELECT count(*)::int AS n FROM cases c WHERE ${where}`, params))[0].n;
    const team = (id: string) => `c.officer_id IN (SELECT id FROM users WHERE team_id = '${id}')`;
    const checks: [typeof firm.admin, Record<string, string>, string, unknown[]][] = [
      [firm.officerA1, {}, 'c.officer_id = $1', [firm.officerA1.user.id]],
      [
        firm.officerA1,
        { stage: 'documents' },
        `c.officer_id = $1 AND c.stage = 'documents'`,
        [firm.officerA1.user.id],
      ],
      [firm.officerA2, {}, 'c.officer_id = $1', [firm.officerA2.user.id]],
      [firm.managerA, {}, team(firm.teamA), []],
      [
        firm.managerA,
        { stage: 'intake', officerId: firm.officerA1.user.id },
        `${team(firm.teamA)} AND c.stage = 'intake' AND c.officer_id = $1`,
        [firm.officerA1.user.id],
      ],
      [firm.managerB, {}, team(firm.teamB), []],
      [firm.admin, {}, 'TRUE', []],
      [firm.admin, { stage: 'closed' }, `c.stage = 'closed'`, []],
    ];
    for (const [member, query, where, params] of checks) {
      const response = await api.http().get('/api/cases').query(query).set(member.auth).expect(200);
      expect({ query, total: response.body.total }).toEqual({ query, total: await expected(where, params) });
    }
  });

  it('keeps references unique past the millionth case of a year', async () => {
    const db = api.app.get(DataSource);
    // Moving a sequence is the owner's business: the API's runtime role may only draw from it.
    const owner = new Client({ connectionString: api.database.ownerUrl });
    await owner.connect();
    await owner.query(`SELECT setval('case_reference_seq', 999999)`);
    await owner.end();
    const [{ a }] = await db.query(`SELECT next_case_reference('2026') AS a`);
    const [{ b }] = await db.query(`SELECT next_case_reference('2026') AS b`);
    expect([a, b]).toEqual(['AC-2026-1000000', 'AC-2026-1000001']);
    const opened = await openCase(firm.officerA1);
    expect(opened.reference).toMatch(/^AC-\d{4}-1000002$/);
  });

  it('keeps the case totals right when debts are added at the same moment', async () => {
    const opened = await openCase(firm.officerA1);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        addDebt(firm.officerA1, opened.id, {
          outstandingFen: 1000 * (i + 1),
          overdueFen: 100,
          principalFen: 1,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const detail = await api.http().get(`/api/cases/${opened.id}`).set(firm.officerA1.auth).expect(200);
    expect(detail.body).toMatchObject({ openDebtCount: 6, totalOutstandingFen: 21000, totalOverdueFen: 600 });
  });
});
