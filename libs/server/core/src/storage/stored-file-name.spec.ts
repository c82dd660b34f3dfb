import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedFileName } from './stored-file-name';

const PDF = 'application/pdf';
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
};
const TYPES = Object.keys(EXTENSIONS);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Names built from the pieces that matter (dots, slashes, spaces, invisible characters, extensions)
// mixed with any text.
const names = fc.string({
  unit: fc.oneof(
    fc.constantFrom('.', '..', ' ', '/', '\\', '\u202E', '\u2067', '\u200F', '\u0000', '\u001B', '\u0085'),
    fc.constantFrom('pdf', 'PDF', 'html', 'jpg', 'jpeg', 'heic', 'png', '😀', '身分證'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  maxLength: 120,
});

describe('stored file names', () => {
  it('end in the extension of the type the bytes were recognised as', () => {
    expect(storedFileName('evil.html', PDF)).toBe('evil.pdf');
    expect(storedFileName('statement.PDF', PDF)).toBe('statement.PDF');
    expect(storedFileName('IMG_0001.JPG', 'image/jpeg')).toBe('IMG_0001.JPG');
    expect(storedFileName('scan.jpeg', 'image/jpeg')).toBe('scan.jpeg');
    expect(storedFileName('photo.png', 'image/jpeg')).toBe('photo.jpg');
    expect(storedFileName('IMG_2041.HEIC', 'image/heif')).toBe('IMG_2041.HEIC');
    expect(storedFileName('花唄帳單', PDF)).toBe('花唄帳單.pdf');
    expect(storedFileName('合約 2024.01', PDF)).toBe('合約 2024.01.pdf');
    expect(storedFileName('invoice.pdf.exe', PDF)).toBe('invoice.pdf.pdf');
    expect(storedFileName('evil.html.', PDF)).toBe('evil.pdf');
    expect(storedFileName('evil.html . ', PDF)).toBe('evil.pdf');
  });

  it('drop bidi and control characters, so a name reads as it will open', () => {
    expect(storedFileName('invoice\u202Efdp.exe', PDF)).toBe('invoicefdp.pdf');
    expect(storedFileName('a\u0000b\u001fc\u007f\u0085d.pdf', PDF)).toBe('abcd.pdf');
    expect(
      storedFileName(
        '\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C回單.png',
        'image/png',
      ),
    ).toBe('回單.png');
    expect(storedFileName('report.\u202Ehtml', PDF)).toBe('report.pdf');
  });

  it('drop paths and leading dots, keep names short, and never come out empty', () => {
    expect(storedFileName('../../etc/passwd', PDF)).toBe('passwd.pdf');
    expect(storedFileName('C:\\Users\\me\\身分證.jpg', 'image/jpeg')).toBe('身分證.jpg');
    expect(storedFileName('...hidden', PDF)).toBe('hidden.pdf');
    expect(storedFileName('', PDF)).toBe('document.pdf');
    expect(storedFileName(undefined, 'image/png')).toBe('document.png');
    expect(storedFileName('\u202E\u0007', PDF)).toBe('document.pdf');
    expect(storedFileName('.pdf', PDF)).toBe('pdf.pdf');
    expect(storedFileName('x'.repeat(300), PDF)).toBe(`${'x'.repeat(196)}.pdf`);
    const emoji = storedFileName('😀'.repeat(300), PDF);
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).not.toMatch(LONE_SURROGATE);
  });

  it('holds for any name: no invisible characters or paths, the right extension, and applying it again changes nothing', () => {
    fc.assert(
      fc.property(names, fc.constantFrom(...TYPES), (raw, type) => {
        const name = storedFileName(raw, type);
        expect(name).not.toMatch(
          // eslint-disable-next-line no-control-regex -- asserting their absence
          /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\]/,
        );
        expect(name.startsWith('.')).toBe(false);
        expect(Array.from(name).length).toBeLessThanOrEqual(200);
        expect(name).not.toMatch(LONE_SURROGATE);
        expect(name.split('.').pop()?.toLowerCase()).toBeOneOf(EXTENSIONS[type]);
        expect(storedFileName(name, type)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });
});
