import { describe, expect, it } from 'vitest';
import { demoPdf } from '../seed/demo-files.seed';

describe('demo PDF', () => {
  it('is recognised as a PDF by its bytes, and its cross-reference offsets point at its objects', async () => {
    const pdf = demoPdf(['Accord demo document', 'Case AC-2026-000001']);
    const { fileTypeFromBuffer } = await import('file-type');
    expect((await fileTypeFromBuffer(pdf))?.mime).toBe('application/pdf');
    const text = pdf.toString('latin1');
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) =>
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`),
    );
  });
});
