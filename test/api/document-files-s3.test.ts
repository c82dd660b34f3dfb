import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { buildFirm, taiwanId, type TestFirm } from './support/firm';
import { samplePdf } from './support/sample-files';
import { asBytes } from './support/download';

// Registered before the app's own hooks, so the API boots against a running S3 endpoint.
const directory = mkdtempSync(join(tmpdir(), 'accord-s3-'));
let s3server: S3rver;
let endpoint = '';
beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'accord-files', configs: [] }],
  });
  endpoint = `http://127.0.0.1:${((await s3server.run()) as AddressInfo).port}`;
});
afterAll(async () => {
  await s3server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const api = useApiApp('files_s3', () => ({
  STORAGE_DRIVER: 's3',
  S3_ENDPOINT: endpoint,
  S3_BUCKET: 'accord-files',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
}));
let firm: TestFirm;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  await seedDocumentTemplates(api.app.get(DataSource));
});

describe('uploads on the S3 driver', () => {
  it('stores an upload in the bucket and streams it back to who may see it', async () => {
    const creditors = await api
      .http()
      .get('/api/creditors')
      .query({ product: 'huabei' })
      .set(firm.admin.auth)
      .expect(200);
    const client = await api
      .http()
      .post('/api/clients')
      .set(firm.officerA1.auth)
      .send({
        fullName: '許文強',
        idType: 'tw_national_id',
        idNumber: taiwanId(9900),
        consentPurposes: ['debt_negotiation'],
      })
      .expect(201);
    const opened = await api
      .http()
      .post('/api/cases')
      .set(firm.officerA1.auth)
      .send({ clientId: client.body.id, overdueReason: 'other' })
      .expect(201);
    await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({
        caseId: opened.body.id,
        creditorId: creditors.body.data[0].id,
        principalFen: 1,
        outstandingFen: 1,
        overdueFen: 1,
      })
      .expect(201);
    await api
      .http()
      .post(`/api/cases/${opened.body.id}/transition`)
      .set(firm.officerA1.auth)
      .send({ to: 'documents', reason: 'x' })
      .expect(200);
    const items = await api
      .http()
      .get('/api/document-requirements')
      .query({ caseId: opened.body.id })
      .set(firm.officerA1.auth)
      .expect(200);
    const pdf = samplePdf('on s3');
    const uploaded = await api
      .http()
      .post(`/api/document-requirements/${items.body.data[0].id}/files`)
      .set(firm.officerA1.auth)
      .attach('file', pdf, 'bill.pdf')
      .expect(201);
    const back = await asBytes(
      api.http().get(`/api/document-files/${uploaded.body.id}/content`).set(firm.officerA1.auth),
    ).expect(200);
    expect(Buffer.compare(back.body as Buffer, pdf)).toBe(0);
    await api
      .http()
      .get(`/api/document-files/${uploaded.body.id}/content`)
      .set(firm.officerB1.auth)
      .expect(404);
  });
});
