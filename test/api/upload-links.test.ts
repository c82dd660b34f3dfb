import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { caseInDocuments, catalogCreditors } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { sampleJpeg, samplePdf } from './support/sample-files';

const storageDir = mkdtempSync(join(tmpdir(), 'accord-links-'));
const api = useApiApp('links', {
  STORAGE_DIR: storageDir,
  UPLOAD_LINK_REQUESTS_PER_MINUTE: '40',
  PUBLIC_BASE_URL: 'https://accord.example.tw',
});
let firm: TestFirm;
let huabei: string;
let seq = 9500;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  await seedDocumentTemplates(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const caseWithChecklist = (owner: Member) => caseInDocuments(api, owner, huabei, seq++);

const tokenOf = (url: string) => url.split('#')[1];
const publicView = (token: string) => api.http().get('/api/public/upload-link').set('X-Upload-Token', token);
const publicUpload = (token: string, itemId: string, file: Buffer, name: string) =>
  api
    .http()
    .post(`/api/public/upload-link/items/${itemId}/files`)
    .set('X-Upload-Token', token)
    .attach('file', file, name);

describe('client upload links', () => {
  it('creates a link whose token is shown once, with ready-to-send messages listing what is missing', async () => {
    const caseId = await caseWithChecklist(firm.officerA1);
    const created = await api
      .http()
      .post(`/api/cases/${caseId}/upload-links`)
      .set(firm.officerA1.auth)
      .send({ expiresInDays: 5 })
      .expect(201);
    expect(created.body.url).toMatch(/^https:\/\/accord\.example\.tw\/upload\/#[A-Za-z0-9_-]{43}$/);
    expect(created.body.messages.sms).toContain(created.body.url);
    expect(created.body.messages.wechat).toContain('・身分證正面');
    expect(created.body.messages.email).toContain('欠款明細截圖');
    const en = await api
      .http()
      .post(`/api/cases/${caseId}/upload-links`)
      .set(firm.officerA1.auth)
      .send({ locale: 'en' })
      .expect(201);
    expect(en.body.messages.email).toContain('ID card (front)');
    const list = await api
      .http()
      .get(`/api/cases/${caseId}/upload-links`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.total).toBe(2);
    expect(JSON.stringify(list.body)).not.toContain(tokenOf(created.body.url));
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT token_hash FROM upload_links WHERE id = $1`, [created.body.id]);
    expect(row.token_hash).not.toContain(tokenOf(created.body.url));
    await api
      .http()
      .post(`/api/cases/${caseId}/upload-links`)
      .set(firm.officerA1.auth)
      .send({ expiresInDays: 365 })
      .expect(400);
    await api.http().post(`/api/cases/${caseId}/upload-links`).set(firm.officerA2.auth).send({}).expect(404);
  });

  it('shows the client only the outstanding items of that case, and takes an upload as received', async () => {
    const caseId = await caseWithChecklist(firm.officerA1);
    const token = tokenOf(
      (
        await api
          .http()
          .post(`/api/cases/${caseId}/upload-links`)
          .set(firm.officerA1.auth)
          .send({})
          .expect(201)
      ).body.url,
    );
    const view = await publicView(token).expect(200);
    expect(view.body.items.length).toBe(9);
    expect(Object.keys(view.body)).toEqual(['expiresAt', 'items']);
    expect(JSON.stringify(view.body)).not.toMatch(/蘇小芬|caseId|officer/);
    const front = view.body.items.find((i: { kind: string }) => i.kind === 'id_card_front');
    expect(front.descriptions['zh-TW']).toContain('身分證正面');
    const uploaded = await publicUpload(token, front.id, sampleJpeg(4096), 'IMG_2024.jpg').expect(201);
    expect(uploaded.body.kind).toBe('id_card_front');
    const items = await api
      .http()
      .get('/api/document-requirements')
      .query({ caseId, status: 'received' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(items.body.data.map((i: { kind: string }) => i.kind)).toEqual(['id_card_front']);
    const files = await api
      .http()
      .get('/api/document-files')
      .query({ caseId })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(files.body.data[0]).toMatchObject({ source: 'client_link', uploadedBy: null });
    const verified = await api
      .http()
      .get(`/api/document-requirements/${front.id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    await api
      .http()
      .post(`/api/document-requirements/${front.id}/moves`)
      .set(firm.officerA1.auth)
      .send({ move: 'verify', version: verified.body.version })
      .expect(200);
    const after = await publicView(token).expect(200);
    expect(after.body.items.map((i: { kind: string }) => i.kind)).not.toContain('id_card_front');
    await publicUpload(token, front.id, samplePdf('late'), 'late.pdf').expect(404);
  });

  it('opens nothing of another case, and rejects unknown, expired and revoked tokens alike', async () => {
    const mine = await caseWithChecklist(firm.officerA1);
    const other = await caseWithChecklist(firm.officerB1);
    const token = tokenOf(
      (await api.http().post(`/api/cases/${mine}/upload-links`).set(firm.officerA1.auth).send({}).expect(201))
        .body.url,
    );
    const otherItems = await api
      .http()
      .get('/api/document-requirements')
      .query({ caseId: other })
      .set(firm.officerB1.auth)
      .expect(200);
    const crossed = await publicUpload(token, otherItems.body.data[0].id, samplePdf('cross'), 'x.pdf').expect(
      404,
    );
    expect(crossed.body.code).toBe('NOT_FOUND');
    for (const guess of [
      'x',
      'A'.repeat(43),
      `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`,
      '../../etc/passwd',
    ]) {
      const response = await publicView(encodeURIComponent(guess));
      expect([404]).toContain(response.status);
    }
    const created = await api
      .http()
      .post(`/api/cases/${mine}/upload-links`)
      .set(firm.officerA1.auth)
      .send({})
      .expect(201);
    await api.app
      .get(DataSource)
      .query(`UPDATE upload_links SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        created.body.id,
      ]);
    expect((await publicView(tokenOf(created.body.url)).expect(404)).body.code).toBe('LINK_INVALID');
    const revoked = await api
      .http()
      .post(`/api/cases/${mine}/upload-links`)
      .set(firm.officerA1.auth)
      .send({})
      .expect(201);
    await api.http().post(`/api/upload-links/${revoked.body.id}/revoke`).set(firm.officerB1.auth).expect(404);
    await api.http().post(`/api/upload-links/${revoked.body.id}/revoke`).set(firm.officerA1.auth).expect(204);
    expect((await publicView(tokenOf(revoked.body.url)).expect(404)).body.code).toBe('LINK_INVALID');
  });

  it('takes the token from the X-Upload-Token header only, never from the address', async () => {
    const caseId = await caseWithChecklist(firm.officerA1);
    const token = tokenOf(
      (
        await api
          .http()
          .post(`/api/cases/${caseId}/upload-links`)
          .set(firm.officerA1.auth)
          .send({})
          .expect(201)
      ).body.url,
    );
    const items = (await publicView(token).expect(200)).body.items;
    const missing = await api.http().get('/api/public/upload-link').expect(401);
    expect(missing.body.code).toBe('UPLOAD_TOKEN_MISSING');
    const empty = await api.http().get('/api/public/upload-link').set('X-Upload-Token', '').expect(401);
    expect(empty.body.code).toBe('UPLOAD_TOKEN_MISSING');
    const unsent = await api
      .http()
      .post(`/api/public/upload-link/items/${items[0].id}/files`)
      .attach('file', samplePdf('no token'), 'a.pdf')
      .expect(401);
    expect(unsent.body.code).toBe('UPLOAD_TOKEN_MISSING');
    const wrong = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await publicView(wrong).expect(404)).body.code).toBe('LINK_INVALID');
    const wrongUpload = await publicUpload(wrong, items[0].id, samplePdf('wrong'), 'a.pdf').expect(404);
    expect(wrongUpload.body.code).toBe('LINK_INVALID');
    // The token in the path, as links were read before, opens nothing.
    const inPath = await api.http().get(`/api/public/upload-links/${token}`).expect(404);
    expect(inPath.body.code).toBe('ROUTE_NOT_FOUND');
    const inQuery = await api.http().get('/api/public/upload-link').query({ token }).expect(401);
    expect(inQuery.body.code).toBe('UPLOAD_TOKEN_MISSING');
  });

  it('rate-limits the public page per address (429 with Retry-After)', async () => {
    let limited;
    for (let i = 0; i < 60 && !limited; i++) {
      const response = await publicView('B'.repeat(43));
      if (response.status === 429) limited = response;
    }
    expect(limited?.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
