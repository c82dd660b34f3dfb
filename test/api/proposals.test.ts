import { addDays, addMonthsClamped, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { submittedProposal } from './support/proposals';

const api = useApiApp('proposals');
let firm: TestFirm;
let huabei: string;
let seq = 14000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
/** A month's end always ahead of today, whatever day the suite runs. */
const nextJanuary31 = () => `${Number(today().slice(0, 4)) + 1}-01-31`;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

async function negotiatingCase(owner: Member) {
  const { caseId, debtIds } = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 1200000, overdueSince: addDays(today(), -30) }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  return { caseId, debtId: debtIds[0] };
}

const terms = (debtId: string) => ({
  debtId,
  kind: 'interest_freeze',
  totalFen: 1200000,
  months: 12,
  firstDueDate: nextJanuary31(),
  graceMonths: 1,
});

/** Proposals of this file are the first officer's. */
const submit = (body: Record<string, unknown>) => submittedProposal(api, firm.officerA1, body);

describe('proposals and agreement', () => {
  it('drafts, submits, and on the creditor’s acceptance creates the plan in the same transaction', async () => {
    const { caseId, debtId } = await negotiatingCase(firm.officerA1);
    const drafted = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(terms(debtId))
      .expect(201);
    expect(drafted.body).toMatchObject({ status: 'draft', caseId, version: 1 });
    await api
      .http()
      .post(`/api/proposals/${drafted.body.id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 1 })
      .expect(409);
    const submitted = await api
      .http()
      .patch(`/api/proposals/${drafted.body.id}`)
      .set(firm.officerA1.auth)
      .send({ status: 'submitted', version: 1 })
      .expect(200);
    await api
      .http()
      .patch(`/api/proposals/${drafted.body.id}`)
      .set(firm.officerA1.auth)
      .send({ months: 24, version: 2 })
      .expect(409);
    const refused = await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'agreed', reason: 'x' })
      .expect(409);
    expect(refused.body.details.unmet).toEqual(['PROPOSALS_NOT_ACCEPTED']);
    const accepted = await api
      .http()
      .post(`/api/proposals/${drafted.body.id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: submitted.body.version, creditorAnswer: '客服書面同意停息分 12 期，寬限 1 個月。' })
      .expect(200);
    expect(accepted.body.proposal).toMatchObject({
      status: 'accepted',
      creditorAnswer: '客服書面同意停息分 12 期，寬限 1 個月。',
    });
    expect(accepted.body.installments).toHaveLength(12);
    // One month's grace from 31 January: the last day of February, in a leap year or not.
    expect(accepted.body.installments[0]).toEqual({
      number: 1,
      dueDate: addMonthsClamped(nextJanuary31(), 1),
      amountFen: 100000,
      chargeFen: 0,
    });
    expect(accepted.body.installments[2].dueDate).toBe(`${nextJanuary31().slice(0, 4)}-04-30`);
    const plans = await api
      .http()
      .get(`/api/cases/${caseId}/repayment-plans`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(
      plans.body.data[0].installments.reduce(
        (s: number, i: { amountFen: number }) => s + Number(i.amountFen),
        0,
      ),
    ).toBe(1200000);
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'agreed', reason: '已達成協議' })
      .expect(200);
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'repaying', reason: '開始還款' })
      .expect(200);
  });

  it('accepts one proposal per debt: accepting twice or a second one answers 409', async () => {
    const { debtId } = await negotiatingCase(firm.officerA1);
    const a = await submit(terms(debtId));
    const b = await submit({ ...terms(debtId), kind: 'installments', months: 6 });
    await api
      .http()
      .post(`/api/proposals/${a}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2 })
      .expect(200);
    const twice = await api
      .http()
      .post(`/api/proposals/${a}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 3 })
      .expect(409);
    expect(twice.body.code).toBe('PROPOSAL_NOT_ACCEPTABLE');
    const second = await api
      .http()
      .post(`/api/proposals/${b}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2 })
      .expect(409);
    expect(second.body.code).toBe('DEBT_ALREADY_AGREED');
  });

  it('refuses bad terms: 0 months, negative amounts, a first due date in the past', async () => {
    const { debtId } = await negotiatingCase(firm.officerA1);
    const bad = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send({ ...terms(debtId), months: 0, totalFen: -5 })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'months',
      'totalFen',
    ]);
    const past = await submit({ ...terms(debtId), firstDueDate: '2020-01-01' });
    const refused = await api
      .http()
      .post(`/api/proposals/${past}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2 })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'PLAN_TERMS_INVALID',
      details: { problems: ['FIRST_DUE_DATE_IN_PAST'] },
    });
  });

  it('someone else’s proposals answer 404', async () => {
    const { caseId, debtId } = await negotiatingCase(firm.officerA1);
    const drafted = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send(terms(debtId))
      .expect(201);
    for (const outsider of [firm.officerA2, firm.managerB]) {
      await api.http().get(`/api/proposals/${drafted.body.id}`).set(outsider.auth).expect(404);
      await api
        .http()
        .patch(`/api/proposals/${drafted.body.id}`)
        .set(outsider.auth)
        .send({ status: 'submitted', version: 1 })
        .expect(404);
      await api
        .http()
        .post(`/api/proposals/${drafted.body.id}/accept`)
        .set(outsider.auth)
        .send({ version: 1 })
        .expect(404);
      await api.http().get('/api/proposals').query({ caseId }).set(outsider.auth).expect(404);
      await api.http().post('/api/proposals').set(outsider.auth).send(terms(debtId)).expect(422);
    }
    await api.http().get(`/api/proposals/${drafted.body.id}`).set(firm.managerA.auth).expect(200);
  });

  it('records the first due date the creditor agreed with the acceptance, in the same step', async () => {
    const { debtId } = await negotiatingCase(firm.officerA1);
    const id = await submit({
      ...terms(debtId),
      firstDueDate: addDays(today(), 30),
      graceMonths: 0,
    });
    const past = await api
      .http()
      .post(`/api/proposals/${id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2, firstDueDate: addDays(today(), -1) })
      .expect(422);
    expect(past.body.code).toBe('PLAN_TERMS_INVALID');
    await api
      .http()
      .post(`/api/proposals/${id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2, firstDueDate: '2027-02-30' })
      .expect(400);
    const agreed = addDays(today(), 12);
    const accepted = await api
      .http()
      .post(`/api/proposals/${id}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2, firstDueDate: agreed, creditorAnswer: '同意，首期改為下月初' })
      .expect(200);
    expect(accepted.body.proposal).toMatchObject({ status: 'accepted', firstDueDate: agreed });
    expect(accepted.body.installments[0].dueDate).toBe(agreed);
  });

  it('links the contacts where it was discussed, only from its own case, and keeps linking after submission', async () => {
    const { caseId, debtId } = await negotiatingCase(firm.officerA1);
    const other = await negotiatingCase(firm.officerA1);
    const contact = async (forCase: string) =>
      (
        await api
          .http()
          .post('/api/contacts')
          .set(firm.officerA1.auth)
          .send({
            caseId: forCase,
            party: 'creditor',
            channel: 'hotline',
            occurredAt: '2026-11-24T10:30:00+08:00',
            summary: '提出停息分期 12 期。',
          })
          .expect(201)
      ).body.id as string;
    const first = await contact(caseId);
    const elsewhere = await contact(other.caseId);
    const refused = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send({ ...terms(debtId), contactIds: [first, elsewhere] })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'CONTACT_NOT_IN_CASE', details: { ids: [elsewhere] } });
    await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send({ ...terms(debtId), contactIds: [first, first] })
      .expect(400);
    const id = await submit({ ...terms(debtId), contactIds: [first] });
    const followUp = await contact(caseId);
    const linked = await api
      .http()
      .patch(`/api/proposals/${id}`)
      .set(firm.officerA1.auth)
      .send({ contactIds: [first, followUp], version: 2 })
      .expect(200);
    expect(linked.body).toMatchObject({ status: 'submitted', contactIds: [first, followUp] });
    const locked = await api
      .http()
      .patch(`/api/proposals/${id}`)
      .set(firm.officerA1.auth)
      .send({ months: 10, version: 3 })
      .expect(409);
    expect(locked.body.code).toBe('PROPOSAL_TERMS_LOCKED');
  });

  it('records payments that roll forward, keeps the plan on track, and shows the savings', async () => {
    const { caseId, debtId } = await negotiatingCase(firm.officerA1);
    const proposalId = await submit({
      ...terms(debtId),
      firstDueDate: addDays(today(), 10),
      graceMonths: 0,
    });
    const accepted = await api
      .http()
      .post(`/api/proposals/${proposalId}/accept`)
      .set(firm.officerA1.auth)
      .send({ version: 2 })
      .expect(200);
    // Payments are taken once the case is agreed (the case policy).
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'agreed', reason: '達成協議' })
      .expect(200);
    const plan = await api
      .http()
      .get(`/api/repayment-plans/${accepted.body.planId}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(plan.body).toMatchObject({ status: 'on_track', paidFen: 0, remainingFen: 1200000 });
    const first = plan.body.installments[0];
    const paid = await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 150000,
        paidOn: today(),
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
        reference: '2026112522001',
      })
      .expect(201);
    expect(paid.body).toMatchObject({ status: 'on_track', paidFen: 150000 });
    expect(
      paid.body.installments
        .slice(0, 2)
        .map((i: { paidFen: number; status: string }) => [i.paidFen, i.status]),
    ).toEqual([
      [100000, 'paid'],
      [50000, 'partially_paid'],
    ]);
    await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 0,
        paidOn: today(),
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(400);
    // A payment dated in the future is refused by the case policy, with its reason.
    const future = await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 1,
        paidOn: addDays(today(), 2),
        method: 'cash',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(409);
    expect(future.body).toMatchObject({
      code: 'ACTION_REFUSED',
      details: { reasons: ['PAYMENT_IN_FUTURE'] },
    });
    await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerB1.auth)
      .send({
        amountFen: 1,
        paidOn: today(),
        method: 'cash',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(404);
    await api.http().get(`/api/repayment-plans/${accepted.body.planId}`).set(firm.managerB.auth).expect(404);
    const savings = await api.http().get(`/api/cases/${caseId}/savings`).set(firm.officerA1.auth).expect(200);
    // ¥12,000 overdue 30 days today at 0.05 % a day: ¥180 claimed on top, which the plan does not ask.
    // The year of penalty until the last installment is the cost of waiting, not savings.
    expect(savings.body.totals).toEqual([
      { currency: 'CNY', planTotalFen: 1200000, withoutAgreementFen: 1218000, savingsFen: 18000 },
    ]);
  });
});
