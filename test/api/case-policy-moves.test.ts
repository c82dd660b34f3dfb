import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase, setConsent } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';

const api = useApiApp('case-policy-moves');
let firm: TestFirm;
let huabei: string;
let seq = 23000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

const move = (member: Member, caseId: string, body: Record<string, unknown>) =>
  api.http().post(`/api/cases/${caseId}/transition`).set(member.auth).send(body);

const refusedMove = (reasons: string[]) => ({
  code: 'CASE_TRANSITION_REFUSED',
  details: { code: 'CONDITIONS_UNMET', unmet: reasons, reasons },
});

async function caseAt(moveTo: string[] = []) {
  const { caseId, debtIds } = await openCase(api, firm.officerA1, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 800000, overdueSince: addDays(today(), -20) }],
    moveTo: moveTo as never,
  });
  return { caseId, debtId: debtIds[0] };
}

const settings = () => api.http().get('/api/case-settings').set(firm.managerA.auth).expect(200);
async function setOfficerClosesNeedManager(value: boolean, by: Member = firm.managerA) {
  const current = await settings();
  return api
    .http()
    .put('/api/case-settings')
    .set(by.auth)
    .send({ officerClosesNeedManager: value, version: current.body.version });
}

describe('moving a case', () => {
  it('a forward move needs no reason; a move back needs one, kept on the timeline', async () => {
    const { caseId } = await caseAt();
    await move(firm.officerA1, caseId, { to: 'documents' }).expect(200);
    const back = await move(firm.officerA1, caseId, { to: 'intake' }).expect(409);
    expect(back.body).toMatchObject(refusedMove(['NEEDS_MOVE_REASON']));
    const blank = await move(firm.officerA1, caseId, { to: 'intake', reason: '   ' }).expect(409);
    expect(blank.body).toMatchObject(refusedMove(['NEEDS_MOVE_REASON']));
    await move(firm.officerA1, caseId, { to: 'intake', reason: '補登一筆債務' }).expect(200);
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    const moves = (timeline.body.data as { kind: string; details: { to: string; reason: string | null } }[])
      .filter((e) => e.kind === 'case.stage_changed')
      .map((e) => [e.details.to, e.details.reason]);
    expect(moves).toEqual(
      expect.arrayContaining([
        ['documents', null],
        ['intake', '補登一筆債務'],
      ]),
    );
  });

  it('the creditors are approached only with consent to negotiate', async () => {
    const { caseId } = await caseAt(['documents']);
    await setConsent(api, firm.officerA1, caseId, ['credit_dispute']);
    const refused = await move(firm.officerA1, caseId, { to: 'creditor_contact' }).expect(409);
    expect(refused.body).toMatchObject(refusedMove(['NEEDS_NEGOTIATION_CONSENT']));
  });

  it('closing gives its note as the reason; the case remembers the stage it was closed from', async () => {
    const { caseId } = await caseAt(['documents']);
    const closed = await move(firm.officerA1, caseId, {
      to: 'closed',
      outcome: 'withdrawn',
      closingNote: '客戶決定自行處理',
    }).expect(200);
    expect(closed.body).toMatchObject({ stage: 'closed', closedFrom: 'documents', outcome: 'withdrawn' });
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    const closing = (timeline.body.data as { kind: string; details: Record<string, unknown> }[]).find(
      (e) => e.kind === 'case.stage_changed' && e.details.to === 'closed',
    );
    expect(closing?.details.reason).toBe('客戶決定自行處理');
    const reopened = await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'documents', reason: '客戶回來了' })
      .expect(200);
    expect(reopened.body.closedFrom).toBeNull();
  });

  it('the actions endpoint carries the facts and each move’s answer', async () => {
    const { caseId } = await caseAt(['documents']);
    const answer = await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerA1.auth).expect(200);
    expect(answer.body.facts).toMatchObject({ stage: 'documents', role: 'officer', openDebtCount: 1 });
    expect(answer.body.moves.intake).toEqual({ allowed: false, reasons: ['NEEDS_MOVE_REASON'] });
    expect(answer.body.moves.closed).toEqual({
      allowed: false,
      reasons: ['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE'],
    });
    expect(answer.body.actions['debt.remove']).toEqual({ allowed: false, reasons: ['WRONG_STAGE'] });
    await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerB1.auth).expect(404);
  });
});

describe("the firm's setting: officers' closes need a manager", () => {
  afterEach(async () => {
    await setOfficerClosesNeedManager(false).then((r) => expect(r.status).toBe(200));
  });

  it('only managers and admins change it, with the version they read; the change is audited', async () => {
    const current = await settings();
    expect(current.body).toMatchObject({ officerClosesNeedManager: false });
    const byOfficer = await api
      .http()
      .put('/api/case-settings')
      .set(firm.officerA1.auth)
      .send({ officerClosesNeedManager: true, version: current.body.version })
      .expect(403);
    expect(byOfficer.body.code).toBeDefined();
    const bad = await api
      .http()
      .put('/api/case-settings')
      .set(firm.managerA.auth)
      .send({ officerClosesNeedManager: 'yes', version: current.body.version })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await api
      .http()
      .put('/api/case-settings')
      .set(firm.managerA.auth)
      .set('Content-Type', 'application/json')
      .send('{"officerClosesNeedManager": tr')
      .expect(400);
    const stale = await api
      .http()
      .put('/api/case-settings')
      .set(firm.managerA.auth)
      .send({ officerClosesNeedManager: true, version: current.body.version + 5 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const byAdmin = await setOfficerClosesNeedManager(true, firm.admin);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ officerClosesNeedManager: true, version: current.body.version + 1 });
    const [audit] = await api.app
      .get(DataSource)
      .query(
        `SELECT actor_id FROM audit_log WHERE action = 'case_settings.updated' ORDER BY id DESC LIMIT 1`,
      );
    expect(audit.actor_id).toBe(firm.admin.user.id);
  });

  it("refuses an officer's close and lets the manager close it", async () => {
    const { caseId } = await caseAt(['documents']);
    await setOfficerClosesNeedManager(true).then((r) => expect(r.status).toBe(200));
    const close = { to: 'closed', outcome: 'failed', closingNote: '無法聯繫客戶' };
    const byOfficer = await move(firm.officerA1, caseId, close).expect(409);
    expect(byOfficer.body).toMatchObject(refusedMove(['CLOSE_NEEDS_MANAGER']));
    const actions = await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerA1.auth).expect(200);
    expect(actions.body.facts.officerClosesNeedManager).toBe(true);
    await move(firm.managerA, caseId, close).expect(200);
  });
});

describe('debts and the policy', () => {
  it('a debt is removed only at intake; later the refusal is the policy’s', async () => {
    const { caseId, debtId } = await caseAt();
    const { debtId: second } = await caseAt(['documents']);
    const locked = await api.http().delete(`/api/debts/${second}`).set(firm.officerA1.auth).expect(409);
    expect(locked.body).toMatchObject({ code: 'ACTION_REFUSED', details: { reasons: ['WRONG_STAGE'] } });
    await api.http().delete(`/api/debts/${debtId}`).set(firm.officerB1.auth).expect(404);
    await api.http().delete(`/api/debts/${debtId}`).set(firm.officerA1.auth).expect(200);
    expect(caseId).toBeDefined();
  });

  it('a principal above what is outstanding needs the officer’s explanation', async () => {
    const { caseId } = await caseAt();
    const body = {
      caseId,
      creditorId: huabei,
      principalFen: 900000,
      outstandingFen: 600000,
      overdueFen: 600000,
    };
    const refused = await api.http().post('/api/debts').set(firm.officerA1.auth).send(body).expect(409);
    expect(refused.body).toMatchObject({
      code: 'ACTION_REFUSED',
      details: { reasons: ['PRINCIPAL_EXCEEDS_OUTSTANDING'] },
    });
    const created = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({ ...body, principalNote: '已還本金 3,000 元' })
      .expect(201);
    expect(created.body).toMatchObject({ principalFen: 900000, principalNote: '已還本金 3,000 元' });
    const cleared = await api
      .http()
      .patch(`/api/debts/${created.body.id}`)
      .set(firm.officerA1.auth)
      .send({ principalNote: null, version: created.body.version })
      .expect(409);
    expect(cleared.body.details.reasons).toEqual(['PRINCIPAL_EXCEEDS_OUTSTANDING']);
  });
});

describe("the client's upload links end with the work", () => {
  async function linkFor(caseId: string) {
    const created = await api
      .http()
      .post(`/api/cases/${caseId}/upload-links`)
      .set(firm.officerA1.auth)
      .send({ expiresInDays: 5 })
      .expect(201);
    return (created.body.url as string).split('#')[1];
  }
  const view = (token: string) => api.http().get('/api/public/upload-link').set('X-Upload-Token', token);
  const links = async (caseId: string) =>
    (await api.http().get(`/api/cases/${caseId}/upload-links`).set(firm.officerA1.auth).expect(200)).body
      .data as { active: boolean; revokedAt: string | null }[];

  it('closing the case revokes them', async () => {
    const { caseId } = await caseAt(['documents']);
    const token = await linkFor(caseId);
    await view(token).expect(200);
    await move(firm.officerA1, caseId, {
      to: 'closed',
      outcome: 'withdrawn',
      closingNote: '客戶撤回',
    }).expect(200);
    expect((await view(token).expect(404)).body.code).toBe('LINK_INVALID');
    expect(await links(caseId)).toEqual([
      expect.objectContaining({ active: false, revokedAt: expect.any(String) }),
    ]);
  });

  it('withdrawn consent revokes them', async () => {
    const { caseId } = await caseAt(['documents']);
    const token = await linkFor(caseId);
    await view(token).expect(200);
    await setConsent(api, firm.officerA1, caseId, []);
    expect((await view(token).expect(404)).body.code).toBe('LINK_INVALID');
    expect(await links(caseId)).toEqual([expect.objectContaining({ active: false })]);
  });
});

describe('reopening: the manager chooses what to resume', () => {
  const scheduled = async (caseId: string) =>
    (
      await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'scheduled'`, [
          caseId,
        ])
    )[0].n as number;

  async function closedWithPlan() {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    const planId = await acceptedPlan(api, firm.officerA1, {
      debtId,
      kind: 'installments',
      totalFen: 800000,
      months: 4,
      firstDueDate: addDays(today(), 10),
    });
    await move(firm.officerA1, caseId, { to: 'agreed' }).expect(200);
    expect(await scheduled(caseId)).toBeGreaterThan(0);
    await move(firm.officerA1, caseId, { to: 'closed', outcome: 'failed', closingNote: '客戶失聯' }).expect(
      200,
    );
    expect(await scheduled(caseId)).toBe(0);
    return { caseId, planId };
  }

  const firstInstallment = async (planId: string) =>
    (await api.http().get(`/api/repayment-plans/${planId}`).set(firm.officerA1.auth).expect(200)).body
      .installments[0].id as string;

  it('an ended plan takes no payment and plans no reminder until it is resumed', async () => {
    const { caseId, planId } = await closedWithPlan();
    await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'agreed', reason: '客戶回來了' })
      .expect(200);
    const pay = await api
      .http()
      .post(`/api/installments/${await firstInstallment(planId)}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 1000,
        paidOn: today(),
        method: 'bank_transfer',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(409);
    expect(pay.body).toMatchObject({ code: 'ACTION_REFUSED', details: { reasons: ['PLAN_ENDED'] } });
    expect(await scheduled(caseId)).toBe(0);
  });

  it('a plan named when reopening is resumed with its reminders; a plan of another case is refused', async () => {
    const { caseId, planId } = await closedWithPlan();
    const other = await closedWithPlan();
    const wrong = await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'agreed', reason: '客戶回來了', resumePlanIds: [other.planId] })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'PLAN_NOT_RESUMABLE', details: { planIds: [other.planId] } });
    await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'agreed', reason: '客戶回來了', resumePlanIds: ['not-a-uuid'] })
      .expect(400);
    // Nothing of the refused reopening stayed.
    const still = await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    expect(still.body.stage).toBe('closed');
    await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'agreed', reason: '客戶回來了', resumePlanIds: [planId] })
      .expect(200);
    expect(await scheduled(caseId)).toBeGreaterThan(0);
    await api
      .http()
      .post(`/api/installments/${await firstInstallment(planId)}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 1000,
        paidOn: today(),
        method: 'bank_transfer',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);
  });
});
