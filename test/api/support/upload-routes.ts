import { addDays, calendarDateIn } from '@accord/domain';
import { seedDocumentTemplates } from '@accord/server-documents';
import { DataSource } from 'typeorm';
import type { ApiTestContext } from './api-app';
import { caseInDocuments, openCase } from './cases';
import type { Member } from './firm';
import { acceptedPlan } from './proposals';

export interface UploadRoute {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** The rows an upload through this route would add. */
  table: 'document_files' | 'payment_proofs';
}

/**
 * The three ways a file gets in, each ready to take one: a checklist item of a case in documents, a
 * payment of a repaying case, and a client's upload link. Seeds the document templates, so call it
 * before anything else needs them; the repaying case is opened first, while no checklist holds it back.
 */
export async function uploadRoutes(
  api: ApiTestContext,
  owner: Member,
  creditorId: string,
  serial: number,
): Promise<UploadRoute[]> {
  const today = calendarDateIn(new Date(), 'Asia/Taipei');
  const repaying = await openCase(api, owner, {
    serial,
    debts: [{ creditorId, outstandingFen: 600000 }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  const planId = await acceptedPlan(api, owner, {
    debtId: repaying.debtIds[0],
    kind: 'installments',
    totalFen: 600000,
    months: 2,
    firstDueDate: addDays(today, 10),
  });
  for (const to of ['agreed', 'repaying'])
    await api
      .http()
      .post(`/api/cases/${repaying.caseId}/transition`)
      .set(owner.auth)
      .send({ to, reason: '測試' })
      .expect(200);
  const plan = await api.http().get(`/api/repayment-plans/${planId}`).set(owner.auth).expect(200);
  const paid = await api
    .http()
    .post(`/api/installments/${plan.body.installments[0].id}/payments`)
    .set(owner.auth)
    .send({
      amountFen: 300000,
      paidOn: today,
      method: 'bank_transfer',
      payeeKind: 'creditor_account',
      payeeName: '招商銀行信用卡中心',
      reference: `T${serial}`,
    })
    .expect(201);

  await seedDocumentTemplates(api.app.get(DataSource));
  const caseId = await caseInDocuments(api, owner, creditorId, serial + 1);
  const items = await api
    .http()
    .get('/api/document-requirements')
    .query({ caseId, sort: 'kind' })
    .set(owner.auth)
    .expect(200);
  const link = await api
    .http()
    .post(`/api/cases/${caseId}/upload-links`)
    .set(owner.auth)
    .send({ expiresInDays: 5 })
    .expect(201);
  const token = String(link.body.url).split('#')[1];
  return [
    {
      name: 'document upload',
      path: `/api/document-requirements/${items.body.data[0].id}/files`,
      headers: owner.auth,
      table: 'document_files',
    },
    {
      name: 'payment proof',
      path: `/api/payments/${paid.body.payments[0].id}/proofs`,
      headers: owner.auth,
      table: 'payment_proofs',
    },
    {
      name: 'client upload link',
      path: `/api/public/upload-link/items/${items.body.data[1].id}/files`,
      headers: { 'X-Upload-Token': token },
      table: 'document_files',
    },
  ];
}
