import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { caseInDocuments, catalogCreditors } from './support/cases';
import { asBytes } from './support/download';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { sampleExe, sampleHtml, sampleJpeg, samplePdf, samplePng } from './support/sample-files';

const storageDir = mkdtempSync(join(tmpdir(), 'accord-uploads-'));
const api = useApiApp('files', { STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(2 * 1024 * 1024) });
let firm: TestFirm;
let huabei: string;
let seq = 9000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  await seedDocumentTemplates(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

async function checklist(owner: Member) {
  const caseId = await caseInDocuments(api, owner, huabei, seq++);
  const items = await api
    .http()
    .get('/api/document-requirements')
    .query({ caseId, sort: 'kind' })
    .set(owner.auth)
    .expect(200);
  return { caseId, items: items.body.data as { id: string; kind: string; status: string }[] };
}

const upload = (
  member: Member,
  requirementId: string,
  content: Buffer,
  name: string,
  contentType = 'application/octet-stream',
) =>
  api
    .http()
    .post(`/api/document-requirements/${requirementId}/files`)
    .set(member.auth)
    .attach('file', content, { filename: name, contentType });

describe('document uploads', () => {
  it('stores a PDF under a server key, recognised by its bytes, and marks the item received', async () => {
    const { items } = await checklist(firm.officerA1);
    const pdf = samplePdf('statement');
    const response = await upload(firm.officerA1, items[0].id, pdf, '花唄帳單.pdf', 'image/png').expect(201);
    expect(response.body).toMatchObject({
      requirementId: items[0].id,
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      originalName: '花唄帳單.pdf',
      source: 'officer',
    });
    expect(response.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(response.body.storageKey).toBeUndefined();
    const item = await api
      .http()
      .get(`/api/document-requirements/${items[0].id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(item.body.status).toBe('received');
    const stored = readdirSync(storageDir, { recursive: true }).map(String);
    expect(stored.some((f) => f.includes('花唄') || f.endsWith('.pdf'))).toBe(false);
  });

  it('accepts PNG and JPEG photos, and recognises the same file uploaded twice', async () => {
    const { items } = await checklist(firm.officerA1);
    await upload(firm.officerA1, items[1].id, samplePng(7), 'front.png').expect(201);
    await upload(firm.officerA1, items[2].id, sampleJpeg(), 'IMG_0001.JPG').expect(201);
    const again = await upload(firm.officerA1, items[3].id, samplePng(7), 'copy.png').expect(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_FILE', details: { requirementId: items[1].id } });
  });

  it('refuses a renamed HTML page or executable (415), an empty file (422) and an oversized one (413)', async () => {
    const { items } = await checklist(firm.officerA1);
    const html = await upload(
      firm.officerA1,
      items[0].id,
      sampleHtml(),
      'statement.pdf',
      'application/pdf',
    ).expect(415);
    expect(html.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    await upload(firm.officerA1, items[0].id, sampleExe(), 'photo.jpg', 'image/jpeg').expect(415);
    const empty = await upload(firm.officerA1, items[0].id, Buffer.alloc(0), 'empty.pdf').expect(422);
    expect(empty.body.code).toBe('EMPTY_FILE');
    const big = Buffer.concat([samplePdf(), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const tooBig = await upload(firm.officerA1, items[0].id, big, 'big.pdf').expect(413);
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE');
    const justUnder = Buffer.concat([samplePdf('x'), Buffer.alloc(2 * 1024 * 1024 - 4096, 0x20)]);
    await upload(firm.officerA1, items[0].id, justUnder, 'ok.pdf').expect(201);
    const item = await api
      .http()
      .get(`/api/document-requirements/${items[1].id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    expect(item.body.status).toBe('requested');
    const noFile = await api
      .http()
      .post(`/api/document-requirements/${items[1].id}/files`)
      .set(firm.officerA1.auth)
      .field('note', 'x')
      .expect(422);
    expect(noFile.body.code).toBe('NO_FILE');
  });

  it('keeps the client’s file name as display text only: no path, no control characters', async () => {
    const { items } = await checklist(firm.officerA1);
    const traversal = await upload(
      firm.officerA1,
      items[0].id,
      samplePdf('name'),
      '../../etc/passwd.pdf',
    ).expect(201);
    expect(traversal.body.originalName).toBe('passwd.pdf');
    // Control characters can only arrive percent-encoded (RFC 5987); raw ones make the part header malformed.
    const boundary = 'accordboundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''..%2F..%2Fetc%2Fpass%07wd%00%1F.pdf\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      ),
      samplePdf('encoded'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const encoded = await api
      .http()
      .post(`/api/document-requirements/${items[1].id}/files`)
      .set(firm.officerA1.auth)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(body)
      .expect(201);
    expect(encoded.body.originalName).toBe('passwd.pdf');
    const raw = await api
      .http()
      .post(`/api/document-requirements/${items[2].id}/files`)
      .set(firm.officerA1.auth)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.pdf"\r\n\r\n`,
          ),
          samplePdf('raw'),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      )
      .expect(400);
    expect(raw.body.code).toBe('MALFORMED_MULTIPART');
    const dots = await upload(firm.officerA1, items[3].id, samplePdf('dots'), '..').expect(201);
    expect(dots.body.originalName).toBe('document.pdf');
  });

  it('names a download by the type its bytes were recognised as, without bidi or control characters', async () => {
    const { items } = await checklist(firm.officerA1);
    const download = async (content: Buffer, name: string, itemIndex: number) => {
      const uploaded = await upload(firm.officerA1, items[itemIndex].id, content, name).expect(201);
      const response = await api
        .http()
        .get(`/api/document-files/${uploaded.body.id}/content`)
        .set(firm.officerA1.auth)
        .expect(200);
      return {
        originalName: uploaded.body.originalName,
        disposition: response.headers['content-disposition'],
      };
    };
    expect(await download(samplePdf('html'), 'evil.html', 0)).toEqual({
      originalName: 'evil.pdf',
      disposition: `attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`,
    });
    // Shown as "invoiceexe.pdf" by a right-to-left override, but it is a PDF named invoicefdp.exe.
    expect(await download(samplePdf('bidi'), 'invoice\u202Efdp.exe', 1)).toEqual({
      originalName: 'invoicefdp.pdf',
      disposition: `attachment; filename="invoicefdp.pdf"; filename*=UTF-8''invoicefdp.pdf`,
    });
    expect(await download(samplePng(77), '\u2067身分證\u2069\u200F.jpg', 2)).toEqual({
      originalName: '身分證.png',
      disposition: `attachment; filename="___.png"; filename*=UTF-8''${encodeURIComponent('身分證.png')}`,
    });
  });

  it('downloads as an attachment with no-store, audits it, and answers 404 to anyone else', async () => {
    const { caseId, items } = await checklist(firm.officerA1);
    const png = samplePng(42);
    const uploaded = await upload(firm.officerA1, items[0].id, png, '身分證 正面.png').expect(201);
    const download = await asBytes(
      api.http().get(`/api/document-files/${uploaded.body.id}/content`).set(firm.managerA.auth),
    ).expect(200);
    expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="___ __.png"; filename*=UTF-8''${encodeURIComponent('身分證 正面.png')}`,
    );
    const inline = await api
      .http()
      .get(`/api/document-files/${uploaded.body.id}/content`)
      .query({ disposition: 'inline' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    for (const outsider of [firm.officerA2, firm.officerB1, firm.managerB]) {
      await api.http().get(`/api/document-files/${uploaded.body.id}/content`).set(outsider.auth).expect(404);
      await upload(outsider, items[1].id, samplePdf('outsider'), 'x.pdf').expect(404);
      const list = await api
        .http()
        .get('/api/document-files')
        .query({ caseId })
        .set(outsider.auth)
        .expect(200);
      expect(list.body.total).toBe(0);
    }
    const audit = await api.app
      .get(DataSource)
      .query(`SELECT actor_id FROM audit_log WHERE action = 'document.file_downloaded' AND entity_id = $1`, [
        uploaded.body.id,
      ]);
    expect(audit.map((a: { actor_id: string }) => a.actor_id).sort()).toEqual(
      [firm.managerA.user.id, firm.officerA1.user.id].sort(),
    );
  });

  it('refuses files for a verified item', async () => {
    const { items } = await checklist(firm.officerA1);
    await upload(firm.officerA1, items[0].id, samplePdf('v1'), 'a.pdf').expect(201);
    const item = await api
      .http()
      .get(`/api/document-requirements/${items[0].id}`)
      .set(firm.officerA1.auth)
      .expect(200);
    await api
      .http()
      .post(`/api/document-requirements/${items[0].id}/moves`)
      .set(firm.officerA1.auth)
      .send({ move: 'verify', version: item.body.version })
      .expect(200);
    const refused = await upload(firm.officerA1, items[0].id, samplePdf('v2'), 'b.pdf').expect(409);
    expect(refused.body.code).toBe('REQUIREMENT_MOVE_REFUSED');
  });
});
