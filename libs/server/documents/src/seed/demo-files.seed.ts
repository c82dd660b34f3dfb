import { joinCase } from '@accord/server-cases';
import type { ObjectStorage } from '@accord/server-core';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';

/** A real one-page PDF (browsers preview it), with the byte offsets its cross-reference table needs. */
export function demoPdf(lines: string[]): Buffer {
  const text = lines
    .map((line, i) => `BT /F1 14 Tf 56 ${760 - i * 24} Td (${line.replace(/[()\\]/g, '')}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A scanned-looking PDF for each demo item that was received, so previews and downloads work out of the box. */
export async function seedDemoFiles(db: DataSource, storage: ObjectStorage): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM document_files`);
  if (count > 0) return { seeded: false };
  const items: { id: string; case_id: string; kind: string; reference: string; officer_id: string }[] =
    await db.query(
      `SELECT r.id, r.case_id, r.kind, c.reference, c.officer_id FROM document_requirements r ${joinCase('c', 'r.case_id')}
      WHERE r.status IN ('received', 'verified', 'rejected') ORDER BY c.reference, r.kind`,
    );
  for (const item of items) {
    const pdf = demoPdf([
      'Accord demo document',
      `Case ${item.reference}`,
      `Kind: ${item.kind}`,
      `Item ${item.id}`,
    ]);
    const key = `documents/${item.case_id}/${randomUUID()}`;
    await storage.put(key, Readable.from([pdf]), 'application/pdf');
    await db.query(
      `INSERT INTO document_files (requirement_id, case_id, storage_key, sha256, size_bytes, media_type, original_name, source, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, 'officer', $7)`,
      [
        item.id,
        item.case_id,
        key,
        createHash('sha256').update(pdf).digest('hex'),
        pdf.length,
        `${item.kind}.pdf`,
        item.officer_id,
      ],
    );
  }
  return { seeded: true };
}
