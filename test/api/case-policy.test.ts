import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase, setConsent } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan, submittedProposal } from './support/proposals';

const api = useApiApp('case-policy');
let firm: TestFirm;
let huabei: string;
let taiwanBank: string;
let seq = 21000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
  const creditors = await api.http().get('/api/creditors').query({ perPage: 100 }).set(firm.admin.auth);
  taiwanBank = (creditors.body.data as { id: string; name: string }[]).find((c) => c.name === '國泰世華銀行')
    ?.id as string;
});

const move = (member: Member, caseId: string, body: Record<string, unknown>) =>
  api
    .http()
    .post(`/api/cases/${caseId}/transition`)
    .set(member.auth)
    .send({ reason: '測試', ...body });

const refused = (reasons: string[]) => ({ code: 'ACTION_REFUSED', details: { reasons } });

async function caseAt(moveTo: Parameters<typeof openCase>[2]['moveTo'], creditorId = huabei) {
  const { caseId, debtIds } = await openCase(api, firm.officerA1, {
    serial: seq++,
    debts: [{ creditorId, outstandingFen: 1200000, overdueSince: addDays(today(), -30) }],
    moveTo,
  });
  return { caseId, debtId: debtIds[0] };
}

const proposal = (debtId: string, months: number, extra: Record<string, unknown> = {}) => ({
  debtId,
  kind: 'installments',
  totalFen: 1200000,
  months,
  firstDueDate: addDays(today(), 10),
  ...extra,
});

const contact = (caseId: string, party: 'creditor' | 'client') => ({
  caseId,
  party,
  channel: 'hotline',
  occurredAt: new Date().toISOString(),
  summary: '詢問協商方案',
});

describe('consent (PIPL)', () => {
  it('without a negotiation purpose, creditors are not contacted and no proposal is made', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    await setConsent(api, firm.officerA1, caseId, ['credit_dispute']);
    const contacted = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'creditor'))
      .expect(409);
    expect(contacted.body).toMatchObject(refused(['CONSENT_MISSING']));
    const proposed = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(proposal(debtId, 6))
      .expect(409);
    expect(proposed.body).toMatchObject(refused(['CONSENT_MISSING']));
    // The client may still be called.
    await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'client'))
      .expect(201);
    await setConsent(api, firm.officerA1, caseId, ['contact_creditors']);
    await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'creditor'))
      .expect(201);
  });

  it('withdrawn consent stops all work but closing and export, cancels messages to the client, and shows on the case', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    const planId = await acceptedPlan(api, firm.officerA1, proposal(debtId, 2));
    const db = api.app.get(DataSource);
    const [{ n: before }] = await db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND recipient = 'client' AND status = 'scheduled'`,
      [caseId],
    );
    expect(before).toBeGreaterThan(0);
    await setConsent(api, firm.officerA1, caseId, []);
    const [{ n: after }] = await db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND recipient = 'client' AND status = 'scheduled'`,
      [caseId],
    );
    expect(after).toBe(0);
    const detail = await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    expect(detail.body.consentWithdrawn).toBe(true);
    for (const party of ['creditor', 'client'] as const) {
      const res = await api
        .http()
        .post('/api/contacts')
        .set(firm.officerA1.auth)
        .send(contact(caseId, party))
        .expect(409);
      expect(res.body).toMatchObject(refused(['CONSENT_WITHDRAWN']));
    }
    const moved = await move(firm.officerA1, caseId, { to: 'agreed' }).expect(409);
    expect(moved.body.details.reasons).toContain('CONSENT_WITHDRAWN');
    const actions = await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerA1.auth).expect(200);
    expect(actions.body.consentWithdrawn).toBe(true);
    expect(actions.body.actions['case.export']).toEqual({ allowed: true });
    expect(actions.body.actions['contact.client']).toEqual({
      allowed: false,
      reasons: ['CONSENT_WITHDRAWN'],
    });
    await move(firm.officerA1, caseId, {
      to: 'closed',
      outcome: 'withdrawn',
      closingNote: '客戶撤回同意',
    }).expect(200);
    const [plan] = await db.query(`SELECT ended_outcome FROM repayment_plans WHERE id = $1`, [planId]);
    expect(plan.ended_outcome).toBe('withdrawn');
  });
});

describe('stage', () => {
  it('refuses proposals outside negotiation, and creditor contacts before creditor_contact', async () => {
    const { caseId, debtId } = await caseAt([]);
    const drafted = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(proposal(debtId, 6))
      .expect(409);
    expect(drafted.body).toMatchObject(refused(['WRONG_STAGE']));
    const contacted = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'creditor'))
      .expect(409);
    expect(contacted.body).toMatchObject(refused(['WRONG_STAGE']));
    await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'client'))
      .expect(201);
  });

  it('takes payments only in agreed or repaying, dated from the plan start up to today', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    const planId = await acceptedPlan(api, firm.officerA1, proposal(debtId, 2));
    const plan = await api.http().get(`/api/repayment-plans/${planId}`).set(firm.officerA1.auth).expect(200);
    const installmentId = plan.body.installments[0].id as string;
    const pay = (paidOn: string) =>
      api.http().post(`/api/installments/${installmentId}/payments`).set(firm.officerA1.auth).send({
        amountFen: 1000,
        paidOn,
        method: 'bank_transfer',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      });
    expect((await pay(today()).expect(409)).body).toMatchObject(refused(['WRONG_STAGE']));
    await move(firm.officerA1, caseId, { to: 'agreed' }).expect(200);
    expect((await pay(addDays(today(), 1)).expect(409)).body).toMatchObject(refused(['PAYMENT_IN_FUTURE']));
    expect((await pay(addDays(today(), -1)).expect(409)).body).toMatchObject(
      refused(['PAYMENT_BEFORE_PLAN_START']),
    );
    await pay(today()).expect(201);
  });

  it('refuses a debt overdue since a day still to come', async () => {
    const { caseId } = await caseAt([]);
    const res = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({
        caseId,
        creditorId: huabei,
        principalFen: 1000,
        outstandingFen: 1000,
        overdueFen: 1000,
        overdueSince: addDays(today(), 1),
      })
      .expect(409);
    expect(res.body).toMatchObject(refused(['OVERDUE_DATE_IN_FUTURE']));
  });

  it('a closed case takes no change; a manager reopens it and what closing ended stays ended', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    const planId = await acceptedPlan(api, firm.officerA1, proposal(debtId, 2));
    await move(firm.officerA1, caseId, { to: 'agreed' }).expect(200);
    await move(firm.officerA1, caseId, { to: 'closed', outcome: 'failed', closingNote: '債權人取消' }).expect(
      200,
    );
    const db = api.app.get(DataSource);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'scheduled'`,
      [caseId],
    );
    expect(n).toBe(0);
    const plan = await api.http().get(`/api/repayment-plans/${planId}`).set(firm.officerA1.auth).expect(200);
    const pay = await api
      .http()
      .post(`/api/installments/${plan.body.installments[0].id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 1000,
        paidOn: today(),
        method: 'bank_transfer',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(409);
    expect(pay.body).toMatchObject(refused(['CASE_CLOSED']));
    const contacted = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send(contact(caseId, 'client'))
      .expect(409);
    expect(contacted.body).toMatchObject(refused(['CASE_CLOSED']));
    const byOfficer = await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.officerA1.auth)
      .send({ to: 'agreed', reason: '債權人回覆' })
      .expect(409);
    expect(byOfficer.body).toMatchObject(refused(['MANAGER_ONLY']));
    const reopened = await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'agreed', reason: '債權人回覆' })
      .expect(200);
    expect(reopened.body.stage).toBe('agreed');
    const [row] = await db.query(`SELECT ended_on FROM repayment_plans WHERE id = $1`, [planId]);
    expect(row.ended_on).not.toBeNull();
    const [{ n: still }] = await db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'scheduled'`,
      [caseId],
    );
    expect(still).toBe(0);
  });
});

describe('creditor limits', () => {
  it('a Huabei plan longer than 12 months needs a manager’s approval with a reason, kept on the proposal and timeline', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    const long = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(proposal(debtId, 14))
      .expect(409);
    expect(long.body).toMatchObject(refused(['EXCEEDS_CREDITOR_LIMIT']));
    const byOfficer = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(proposal(debtId, 14, { limitExceptionReason: '客戶重病' }))
      .expect(409);
    expect(byOfficer.body).toMatchObject(refused(['EXCEEDS_CREDITOR_LIMIT', 'APPROVAL_NEEDS_MANAGER']));
    const byManager = await api
      .http()
      .post('/api/proposals')
      .set(firm.managerA.auth)
      .send(proposal(debtId, 14, { limitExceptionReason: '客戶重病' }))
      .expect(201);
    expect(byManager.body).toMatchObject({
      limitExceptionReason: '客戶重病',
      limitExceptionBy: firm.managerA.user.id,
    });
    // The officer carries on with the approved proposal.
    await api
      .http()
      .patch(`/api/proposals/${byManager.body.id}`)
      .set(firm.officerA1.auth)
      .send({ status: 'submitted', version: 1 })
      .expect(200);
    await api
      .http()
      .post(`/api/proposals/${byManager.body.id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2 })
      .expect(200);
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data.map((e: { kind: string }) => e.kind)).toContain(
      'proposal.limit_exception_approved',
    );
  });

  it('a Taiwan bank’s 前置協商 follows its catalog limit (120 months), not a card default of 60', async () => {
    const { debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating'], taiwanBank);
    await submittedProposal(api, firm.officerA1, proposal(debtId, 120));
  });
});

describe('closing', () => {
  it('as resolved with a plan unpaid: refused for an officer, allowed for a manager with a reason', async () => {
    const { caseId, debtId } = await caseAt(['documents', 'creditor_contact', 'negotiating']);
    await acceptedPlan(api, firm.officerA1, proposal(debtId, 2));
    await move(firm.officerA1, caseId, { to: 'agreed' }).expect(200);
    const close = { to: 'closed', outcome: 'resolved', closingNote: '一次結清' };
    const plain = await move(firm.officerA1, caseId, close).expect(409);
    expect(plain.body.details).toMatchObject({ code: 'CONDITIONS_UNMET', reasons: ['PLANS_NOT_COMPLETED'] });
    const byOfficer = await move(firm.officerA1, caseId, { ...close, approvalReason: '已一次結清' }).expect(
      409,
    );
    expect(byOfficer.body.details.reasons).toEqual(['PLANS_NOT_COMPLETED', 'APPROVAL_NEEDS_MANAGER']);
    await move(firm.managerA, caseId, { ...close, approvalReason: '已一次結清' }).expect(200);
  });

  it('every close has an outcome and a note', async () => {
    const { caseId } = await caseAt([]);
    const res = await move(firm.officerA1, caseId, { to: 'closed' }).expect(409);
    expect(res.body.details.reasons).toEqual(['NEEDS_OUTCOME', 'NEEDS_CLOSING_NOTE']);
  });
});

describe('the actions endpoint', () => {
  it('answers every action with the reasons the commands give', async () => {
    const { caseId } = await caseAt([]);
    const res = await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerA1.auth).expect(200);
    expect(res.body.stage).toBe('intake');
    expect(res.body.actions['proposal.accept']).toEqual({ allowed: false, reasons: ['WRONG_STAGE'] });
    expect(res.body.actions['contact.client']).toEqual({ allowed: true });
    expect(res.body.moves.documents).toEqual({ allowed: true });
    await api.http().get(`/api/cases/${caseId}/actions`).set(firm.officerB1.auth).expect(404);
  });
});
