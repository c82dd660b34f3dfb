import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApiApp } from './support/api-app';
import { samplePdf } from './support/sample-files';
import { caseInDocuments, catalogCreditors } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';

// Items are verified only with a file (the case policy): the suite uploads them.
const api = useApiApp('documents', { STORAGE_DIR: mkdtempSync(join(tmpdir(), 'accord-documents-')) });
let firm: TestFirm;
let huabei: string;
let card: string;
let seq = 7000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  await seedDocumentTemplates(api.app.get(DataSource));
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
});

const openInDocuments = (owner: Member) => caseInDocuments(api, owner, huabei, seq++);

const items = async (member: Member, caseId: string) =>
  (
    await api
      .http()
      .get('/api/document-requirements')
      .query({ caseId, perPage: 100, sort: 'kind' })
      .set(member.auth)
      .expect(200)
  ).body.data as {
    id: string;
    kind: string;
    status: string;
    required: boolean;
    version: number;
    dueOn: string;
  }[];

/** Receives an item with a file, as verifying needs; answers the item as it then stands. */
async function receiveWithFile(member: Member, id: string) {
  await api
    .http()
    .post(`/api/document-requirements/${id}/files`)
    .set(member.auth)
    .attach('file', samplePdf(id), { filename: 'scan.pdf', contentType: 'application/pdf' })
    .expect(201);
  return api.http().get(`/api/document-requirements/${id}`).set(member.auth).expect(200);
}

const move = (member: Member, id: string, body: Record<string, unknown>) =>
  api.http().post(`/api/document-requirements/${id}/moves`).set(member.auth).send(body);

describe('document templates', () => {
  it('are readable by all and maintained by admins', async () => {
    const list = await api
      .http()
      .get('/api/document-templates')
      .query({ perPage: 50 })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.total).toBe(11);
    const statement = list.body.data.find((t: { kind: string }) => t.kind === 'debt_statement');
    expect(statement).toMatchObject({
      required: true,
      products: ['huabei', 'jiebei', 'online_loan', 'consumer_loan'],
    });
    expect(statement.descriptions['zh-TW']).toContain('截圖');
    await api.http().post('/api/document-templates').set(firm.officerA1.auth).send({}).expect(403);
    const created = await api
      .http()
      .post('/api/document-templates')
      .set(firm.admin.auth)
      .send({
        kind: 'hardship_disaster',
        descriptions: { 'zh-TW': '災害證明', 'zh-CN': '灾害证明', en: 'Proof of disaster' },
        required: false,
      })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'hardship_disaster', products: [], dueDays: 7, active: true });
    await api
      .http()
      .post('/api/document-templates')
      .set(firm.admin.auth)
      .send({ kind: 'hardship_disaster', descriptions: { 'zh-TW': 'x', 'zh-CN': 'x', en: 'x' } })
      .expect(409);
    await api
      .http()
      .post('/api/document-templates')
      .set(firm.admin.auth)
      .send({ kind: 'selfie', descriptions: { en: 'x' } })
      .expect(400);
    await api
      .http()
      .patch(`/api/document-templates/${created.body.id}`)
      .set(firm.admin.auth)
      .send({ active: false, version: 1 })
      .expect(200);
  });
});

describe('the checklist of a case', () => {
  it('is generated on entering documents from the templates that apply to its creditors’ products', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const list = await items(firm.officerA1, caseId);
    expect(list.map((i) => i.kind)).toEqual([
      'debt_statement',
      'financial_statement',
      'hardship_medical',
      'hardship_unemployment',
      'id_card_back',
      'id_card_front',
      'power_of_attorney',
      'proof_of_income',
      'service_agreement',
    ]);
    expect(list.every((i) => i.status === 'requested')).toBe(true);
    expect(list.find((i) => i.kind === 'id_card_front')?.dueOn).toBe(addDays(today(), 5));
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(timeline.body.data[0]).toMatchObject({ kind: 'documents.checklist_updated' });
  });

  it('follows the debts: a card debt adds its papers, excluding it removes the untouched ones only', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const debt = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({ caseId, creditorId: card, principalFen: 500000, outstandingFen: 500000, overdueFen: 100000 })
      .expect(201);
    let list = await items(firm.officerA1, caseId);
    expect(list.map((i) => i.kind)).toEqual(expect.arrayContaining(['bank_statements', 'credit_report']));
    const report = list.find((i) => i.kind === 'credit_report') as (typeof list)[number];
    await move(firm.officerA1, report.id, { move: 'receive', version: report.version }).expect(200);
    await api
      .http()
      .patch(`/api/debts/${debt.body.id}`)
      .set(firm.officerA1.auth)
      .send({ status: 'excluded', excludedReason: '客戶已自行清償', version: debt.body.version })
      .expect(200);
    list = await items(firm.officerA1, caseId);
    expect(list.map((i) => i.kind)).not.toContain('bank_statements');
    expect(list.find((i) => i.kind === 'credit_report')?.status).toBe('received');
    expect(new Set(list.map((i) => i.kind)).size).toBe(list.length);
  });

  it('moves items by role: officers receive, verify and reject with a reason; only managers and admins waive', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const [first, second] = await items(firm.officerA1, caseId);
    const received = await move(firm.officerA1, first.id, { move: 'receive', version: first.version }).expect(
      200,
    );
    const noReason = await move(firm.officerA1, first.id, {
      move: 'reject',
      version: received.body.version,
    }).expect(422);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const rejected = await move(firm.officerA1, first.id, {
      move: 'reject',
      reason: '照片模糊',
      version: received.body.version,
    }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '照片模糊' });
    await move(firm.officerA1, first.id, { move: 'verify', version: rejected.body.version }).expect(409);
    await move(firm.officerA1, first.id, { move: 'receive', version: 1 }).expect(409);
    const again = await receiveWithFile(firm.officerA1, first.id);
    const verified = await move(firm.officerA1, first.id, {
      move: 'verify',
      version: again.body.version,
    }).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', verifiedBy: firm.officerA1.user.id });
    await move(firm.officerA1, first.id, {
      move: 'reject',
      reason: 'x',
      version: verified.body.version,
    }).expect(409);
    await move(firm.officerA1, second.id, {
      move: 'waive',
      reason: '客戶無此文件',
      version: second.version,
    }).expect(403);
    const waived = await move(firm.managerA, second.id, {
      move: 'waive',
      reason: '客戶無此文件',
      version: second.version,
    }).expect(200);
    expect(waived.body).toMatchObject({
      status: 'waived',
      waiverReason: '客戶無此文件',
      waivedBy: firm.managerA.user.id,
    });
    await move(firm.officerA1, second.id, { move: 'shred', version: 1 }).expect(400);
  });

  it('keeps the case in documents until every required item is verified or waived', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const refused = await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'creditor_contact', reason: 'x' })
      .expect(409);
    expect(refused.body.details).toMatchObject({ code: 'CONDITIONS_UNMET', unmet: ['DOCUMENTS_INCOMPLETE'] });
    for (const item of (await items(firm.officerA1, caseId)).filter((i) => i.required)) {
      const received = await receiveWithFile(firm.officerA1, item.id);
      await move(firm.officerA1, item.id, { move: 'verify', version: received.body.version }).expect(200);
    }
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'creditor_contact', reason: '文件齊備' })
      .expect(200);
    // Going back for more papers is always allowed.
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'documents', reason: '債權人要求補件' })
      .expect(200);
  });

  it('someone else’s items answer 404 and stay out of their lists; overdue requests can be listed', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const [item] = await items(firm.officerA1, caseId);
    for (const outsider of [firm.officerA2, firm.managerB, firm.officerB1]) {
      await api.http().get(`/api/document-requirements/${item.id}`).set(outsider.auth).expect(404);
      await move(outsider, item.id, { move: 'receive', version: item.version }).expect(404);
      expect(await items(outsider, caseId)).toEqual([]);
    }
    await api.http().get(`/api/document-requirements/${item.id}`).set(firm.managerA.auth).expect(200);
    await api.app
      .get(DataSource)
      .query(`UPDATE document_requirements SET due_on = $2 WHERE id = $1`, [item.id, addDays(today(), -1)]);
    const overdue = await api
      .http()
      .get('/api/document-requirements')
      .query({ overdue: 'true', caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(overdue.body.data.map((i: { id: string }) => i.id)).toEqual([item.id]);
  });

  it('serves two people moving the same item at once one after the other: one wins, the other gets 409', async () => {
    const caseId = await openInDocuments(firm.officerA1);
    const [item] = await items(firm.officerA1, caseId);
    const received = await move(firm.officerA1, item.id, { move: 'receive', version: item.version }).expect(
      200,
    );
    const [a, b] = await Promise.all([
      move(firm.officerA1, item.id, { move: 'verify', version: received.body.version }),
      move(firm.managerA, item.id, { move: 'reject', reason: '不清楚', version: received.body.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const final = await api
      .http()
      .get(`/api/document-requirements/${item.id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(final.body.version).toBe(received.body.version + 1);
  });
});
