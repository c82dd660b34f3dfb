import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { asBytes } from './support/download';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';
import { sampleHtml, samplePdf, samplePng } from './support/sample-files';

const storageDir = mkdtempSync(join(tmpdir(), 'accord-proofs-'));
const api = useApiApp('repayments', { STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(256 * 1024) });
let firm: TestFirm;
let huabei: string;
let seq = 17000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

interface PlanBody {
  id: string;
  status: string;
  paidFen: number;
  remainingFen: number;
  installments: { id: string; amountFen: number; paidFen: number; status: string }[];
  payments: { id: string; amountFen: number; proofs: { id: string; originalName: string }[] }[];
}

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const move = (member: Member, caseId: string, body: Record<string, unknown>) =>
  api
    .http()
    .post(`/api/cases/${caseId}/transition`)
    .set(member.auth)
    .send({ reason: '測試', ...body });

/** A case repaying a ¥12,000 Huabei debt in two installments, the first due in ten days. */
async function repayingCase(owner: Member) {
  const { caseId, debtIds } = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 1200000, overdueSince: addDays(today(), -30) }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  const planId = await acceptedPlan(api, owner, {
    debtId: debtIds[0],
    kind: 'installments',
    totalFen: 1200000,
    months: 2,
    firstDueDate: addDays(today(), 10),
  });
  await move(owner, caseId, { to: 'agreed' }).expect(200);
  await move(owner, caseId, { to: 'repaying' }).expect(200);
  return { caseId, planId };
}

const plan = async (member: Member, planId: string): Promise<PlanBody> =>
  (await api.http().get(`/api/repayment-plans/${planId}`).set(member.auth).expect(200)).body;

const pay = (member: Member, installmentId: string, amountFen: number) =>
  api
    .http()
    .post(`/api/installments/${installmentId}/payments`)
    .set(member.auth)
    .send({
      amountFen,
      paidOn: today(),
      method: 'bank_transfer',
      payeeKind: 'creditor_account',
      payeeName: '招商銀行信用卡中心',
      reference: `T${seq}`,
    });

const attach = (member: Member, paymentId: string, content: Buffer, name: string) =>
  api
    .http()
    .post(`/api/payments/${paymentId}/proofs`)
    .set(member.auth)
    .attach('file', content, { filename: name, contentType: 'application/octet-stream' });

describe('repayment plans of a case', () => {
  it('lists each plan with its schedule, status and payments, only to who may see the case', async () => {
    const { caseId, planId } = await repayingCase(firm.officerA1);
    const first = (await plan(firm.officerA1, planId)).installments[0];
    await pay(firm.officerA1, first.id, 600000).expect(201);
    const listed = await api
      .http()
      .get(`/api/cases/${caseId}/repayment-plans`)
      .set(firm.managerA.auth)
      .expect(200);
    expect(listed.body.total).toBe(1);
    expect(listed.body.data[0]).toMatchObject({
      id: planId,
      caseId,
      status: 'on_track',
      paidFen: 600000,
      remainingFen: 600000,
      months: 2,
      firstDueDate: addDays(today(), 10),
    });
    expect(listed.body.data[0].installments.map((i: { status: string }) => i.status)).toEqual([
      'paid',
      'due',
    ]);
    expect(listed.body.data[0].payments).toEqual([
      expect.objectContaining({
        installmentId: first.id,
        amountFen: 600000,
        method: 'bank_transfer',
        proofs: [],
      }),
    ]);
    for (const outsider of [firm.officerA2, firm.managerB, firm.officerB1]) {
      await api.http().get(`/api/cases/${caseId}/repayment-plans`).set(outsider.auth).expect(404);
    }
    await api.http().get(`/api/cases/${caseId}/repayment-plans`).set(firm.admin.auth).expect(200);
  });
});

describe('payment proofs', () => {
  it('keeps a receipt behind a payment, streams it back privately, and audits each download', async () => {
    const { planId } = await repayingCase(firm.officerA1);
    const first = (await plan(firm.officerA1, planId)).installments[0];
    const paid: PlanBody = (await pay(firm.officerA1, first.id, 600000).expect(201)).body;
    const paymentId = paid.payments[0].id;
    const png = samplePng(7);
    const proof = await attach(firm.officerA1, paymentId, png, '轉帳截圖 1.png').expect(201);
    expect(proof.body).toMatchObject({
      paymentId,
      originalName: '轉帳截圖 1.png',
      mediaType: 'image/png',
      sizeBytes: png.length,
    });
    expect(proof.body).not.toHaveProperty('storageKey');
    // The manager of the team may add one too; the same bytes twice on one payment are refused.
    await attach(firm.managerA, paymentId, samplePdf('receipt'), '../../回單.pdf').expect(201);
    const again = await attach(firm.officerA1, paymentId, png, 'copy.png').expect(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_FILE', details: { fileId: proof.body.id } });

    const shown = await plan(firm.officerA1, planId);
    expect(shown.payments[0].proofs.map((p) => p.originalName)).toEqual(['轉帳截圖 1.png', '回單.pdf']);

    const download = await asBytes(
      api
        .http()
        .get(`/api/payment-proofs/${proof.body.id}/content`)
        .query({ disposition: 'inline' })
        .set(firm.officerA1.auth),
    ).expect(200);
    expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toMatch(/^inline; /);
    const audited = await api.app
      .get(DataSource)
      .query(`SELECT actor_id FROM audit_log WHERE action = 'payment.proof_downloaded' AND entity_id = $1`, [
        proof.body.id,
      ]);
    expect(audited).toEqual([{ actor_id: firm.officerA1.user.id }]);

    for (const outsider of [firm.officerA2, firm.managerB]) {
      await api.http().get(`/api/payment-proofs/${proof.body.id}/content`).set(outsider.auth).expect(404);
      await attach(outsider, paymentId, samplePng(8), 'x.png').expect(404);
    }
    await api.http().get(`/api/payment-proofs/${proof.body.id}/content`).set(firm.admin.auth).expect(200);
  });

  it('refuses what is not a receipt: wrong type 415, empty 422, too big 413, unknown payment 404', async () => {
    const { planId } = await repayingCase(firm.officerA1);
    const first = (await plan(firm.officerA1, planId)).installments[0];
    const paymentId = (await pay(firm.officerA1, first.id, 100).expect(201)).body.payments[0].id;
    const html = await attach(firm.officerA1, paymentId, sampleHtml(), 'receipt.pdf').expect(415);
    expect(html.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(
      (await attach(firm.officerA1, paymentId, Buffer.alloc(0), 'empty.pdf').expect(422)).body.code,
    ).toBe('EMPTY_FILE');
    const big = Buffer.concat([samplePdf('big'), Buffer.alloc(300 * 1024, 0x20)]);
    expect((await attach(firm.officerA1, paymentId, big, 'big.pdf').expect(413)).body.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    await attach(firm.officerA1, '00000000-0000-4000-8000-000000000000', samplePng(), 'x.png').expect(404);
    await api.http().post(`/api/payments/${paymentId}/proofs`).set(firm.officerA1.auth).send({}).expect(400);
    await api.http().get('/api/payment-proofs/not-a-uuid/content').set(firm.officerA1.auth).expect(400);
    const stored = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM payment_proofs WHERE payment_id = $1`, [paymentId]);
    expect(stored[0].n).toBe(0);
  });
});

describe('leaving repayment', () => {
  it('moves on to credit repair or closes as resolved only once every plan is paid in full', async () => {
    const { caseId, planId } = await repayingCase(firm.officerA1);
    const [first, second] = (await plan(firm.officerA1, planId)).installments;
    await pay(firm.officerA1, first.id, 600000).expect(201);
    const early = await move(firm.officerA1, caseId, { to: 'credit_repair' }).expect(409);
    expect(early.body.details).toMatchObject({ code: 'CONDITIONS_UNMET', unmet: ['PLANS_NOT_COMPLETED'] });
    const resolved = await move(firm.officerA1, caseId, {
      to: 'closed',
      outcome: 'resolved',
      closingNote: '已繳清',
    }).expect(409);
    expect(resolved.body.details.unmet).toEqual(['PLANS_NOT_COMPLETED']);

    const last = await pay(firm.officerA1, second.id, 600000).expect(201);
    expect(last.body).toMatchObject({ status: 'completed', remainingFen: 0 });
    await move(firm.officerA1, caseId, { to: 'credit_repair' }).expect(200);
  });

  it('still lets a plan in trouble go back to negotiation or close as failed', async () => {
    const { caseId } = await repayingCase(firm.officerA1);
    await move(firm.officerA1, caseId, { to: 'negotiating' }).expect(200);
    const other = await repayingCase(firm.officerA1);
    await move(firm.officerA1, other.caseId, {
      to: 'closed',
      outcome: 'failed',
      closingNote: '客戶無力續繳',
    }).expect(200);
  });
});

describe('a plan closing ended', () => {
  it('shows as ended with the outcome and date, owes nothing more, and stays so when the case is reopened', async () => {
    const { caseId, planId } = await repayingCase(firm.officerA1);
    const [first] = (await plan(firm.officerA1, planId)).installments;
    await pay(firm.officerA1, first.id, 600000).expect(201);
    // The second installment fell due a month ago and was never paid: missed, until the plan ends.
    const db = api.app.get(DataSource);
    await db.query(`UPDATE installments SET due_date = $2 WHERE plan_id = $1 AND number = 2`, [
      planId,
      addDays(today(), -30),
    ]);
    expect((await plan(firm.officerA1, planId)).installments.map((i) => i.status)).toEqual([
      'paid',
      'missed',
    ]);
    await move(firm.officerA1, caseId, {
      to: 'closed',
      outcome: 'failed',
      closingNote: '客戶無力續繳',
    }).expect(200);
    const ended = await plan(firm.officerA1, planId);
    expect(ended).toMatchObject({
      status: 'ended',
      endedOn: today(),
      endedOutcome: 'failed',
      currency: 'CNY',
      paidFen: 600000,
      remainingFen: 600000,
    });
    expect(ended.installments.map((i) => i.status)).toEqual(['paid', 'ended']);
    const listed = await api
      .http()
      .get(`/api/cases/${caseId}/repayment-plans`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(listed.body.data[0]).toMatchObject({ status: 'ended', endedOutcome: 'failed' });

    await api
      .http()
      .post(`/api/cases/${caseId}/reopen`)
      .set(firm.managerA.auth)
      .send({ to: 'repaying', reason: '債權人同意再談' })
      .expect(200);
    expect((await plan(firm.officerA1, planId)).status).toBe('ended');
    const day = await api.http().get('/api/me/today').set(firm.officerA1.auth).expect(200);
    const planIds = [...day.body.installmentsMissed.items, ...day.body.installmentsDueSoon.items].map(
      (i: { planId: string }) => i.planId,
    );
    expect(planIds).not.toContain(planId);
  });
});
