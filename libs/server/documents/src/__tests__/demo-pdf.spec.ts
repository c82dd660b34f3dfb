import { describe, expect, it } from 'vitest';
import { demoPdf } from '../seed/demo-files.seed';
import { displayName } from '@accord/server-core';

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

describe('display names of uploads', () => {
  it('drop paths, control characters and leading dots, and never come out empty', () => {
    expect(displayName('../../etc/passwd')).toBe('passwd');
    expect(displayName('C:\\Users\\me\\身分證.jpg')).toBe('身分證.jpg');
    expect(displayName('a\u0000b\u001fc.pdf')).toBe('abc.pdf');
    expect(displayName('...hidden')).toBe('hidden');
    expect(displayName('')).toBe('document');
    expect(displayName(undefined)).toBe('document');
    expect(displayName('x'.repeat(300)).length).toBe(200);
  });
});
