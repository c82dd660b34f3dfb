import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../common/vocabulary';
import {
  amountsText,
  csvLine,
  decodeCsv,
  describeProblem,
  existingClientLine,
  formatFileSize,
  IMPORT_COLUMNS,
  importTemplate,
  MAX_IMPORT_BYTES,
  refusedProblems,
  refuseFile,
} from '../client-import';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

describe('refuseFile', () => {
  it('takes a CSV by its extension, whatever type the browser reports', () => {
    expect(refuseFile({ name: '客戶.CSV', size: 10, type: 'application/vnd.ms-excel' })).toBeNull();
    expect(refuseFile({ name: 'clients.csv', size: 10, type: '' })).toBeNull();
    expect(refuseFile({ name: 'export', size: 10, type: 'text/csv' })).toBeNull();
  });

  it('refuses spreadsheets, empty files and files over 20 MB', () => {
    expect(refuseFile({ name: 'clients.xlsx', size: 10 })).toBe('not_csv');
    expect(refuseFile({ name: 'clients.csv', size: 0 })).toBe('empty_file');
    expect(refuseFile({ name: 'clients.csv', size: MAX_IMPORT_BYTES })).toBeNull();
    expect(refuseFile({ name: 'clients.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('too_large');
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const text = new TextEncoder().encode('\uFEFF姓名\r\n王\r\n');
    expect(decodeCsv(text.buffer as ArrayBuffer)).toBe('姓名\r\n王\r\n');
  });

  it('refuses Big5, as Excel in Taiwan saves a CSV by default', () => {
    // 姓名 in Big5.
    expect(decodeCsv(bytes(0xa9, 0x6d, 0xa6, 0x57))).toBeNull();
  });
});

describe('csvLine', () => {
  it('quotes only cells that need it, doubling their quotes', () => {
    expect(csvLine(['王', '18,500.50', 'say "hi"', 'two\nlines', ''])).toBe(
      '王,"18,500.50","say ""hi""","two\nlines",',
    );
  });
});

describe('importTemplate', () => {
  const [header, example, end] = importTemplate().slice(1).split('\r\n');

  it('is headed in zh-TW with one example row, BOM first, for Excel', () => {
    expect(importTemplate().startsWith('\uFEFF')).toBe(true);
    expect(header.split(',')).toEqual([
      '姓名',
      '證件號碼',
      '電話',
      '電子郵件',
      '地址',
      '個資同意',
      '承辦人',
      '逾期原因',
      '債權人',
      '帳號',
      '本金',
      '本金說明',
      '未償金額',
      '逾期金額',
      '逾期日',
    ]);
    expect(example.split(',')).toHaveLength(15);
    expect(example).toContain('A123456789');
    expect(end).toBe('');
  });

  it('names a column for every field the API reads, each header once', () => {
    expect(IMPORT_COLUMNS.map((c) => c.field)).toEqual([...IMPORT_FIELDS]);
    const headers = IMPORT_COLUMNS.flatMap((c) => c.headers.map((h) => h.toLowerCase()));
    expect(new Set(headers).size).toBe(headers.length);
  });
});

describe('describeProblem', () => {
  const messages: Record<string, string> = {
    'accord.imports.fields.idNumber': '證件號碼',
    'accord.imports.problems.INVALID_ID_NUMBER': '證件號碼不符合格式',
  };
  const translate = (key: string, options: Record<string, unknown> = {}) =>
    messages[key] ?? String(options._ ?? key);

  it('translates the column and the problem by its code', () => {
    const problem = { row: 3, field: 'idNumber' as const, code: 'INVALID_ID_NUMBER', message: 'bad' };
    expect(describeProblem(problem, translate)).toEqual({ field: '證件號碼', text: '證件號碼不符合格式' });
  });

  it('falls back to the API’s words for a code it does not know', () => {
    const problem = { row: 2, field: 'idNumber' as const, code: 'SOMETHING_NEW', message: 'Server says' };
    expect(describeProblem(problem, translate).text).toBe('Server says');
  });
});

describe('existingClientLine', () => {
  const translate = (key: string, options: Record<string, unknown> = {}) =>
    key === 'accord.imports.existing' ? `已建檔：${String(options.details)}` : key;

  it('names the client, officer and case a duplicate row repeats, leaving out what is unknown', () => {
    const existing = {
      clientId: 'c1',
      fullName: '范文同',
      officerName: '王雅婷',
      caseReference: '2026-0042',
    };
    expect(existingClientLine(existing, translate)).toBe('已建檔：范文同 · 王雅婷 · 2026-0042');
    expect(existingClientLine({ ...existing, caseReference: null }, translate)).toBe(
      '已建檔：范文同 · 王雅婷',
    );
  });
});

describe('refusedProblems', () => {
  const problems = [{ row: 2, field: 'idNumber', code: 'CLIENT_EXISTS', message: 'exists' }];

  it('reads the problems of a refused import', () => {
    const error = {
      status: 422,
      body: { code: 'IMPORT_HAS_ERRORS', details: { problemCount: 1, problems } },
    };
    expect(refusedProblems(error)).toEqual({ problemCount: 1, problems });
  });

  it('leaves any other failure alone', () => {
    expect(refusedProblems({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } })).toBeNull();
    expect(refusedProblems({ status: 422, body: { code: 'UNPROCESSABLE' } })).toBeNull();
    expect(refusedProblems(new Error('network'))).toBeNull();
    expect(refusedProblems(null)).toBeNull();
  });
});

describe('formatFileSize', () => {
  it('says kilobytes below a megabyte and megabytes from one up', () => {
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(20, 'en')).toBe('0.1 kB');
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});

describe('amountsText', () => {
  it('shows each currency apart, never one sum, and a dash when nothing has a currency', () => {
    expect(amountsText({ CNY: 200000, TWD: 8100050 }, 'zh-TW')).toBe('¥2,000.00 · NT$81,000.50');
    expect(amountsText({ TWD: 100 }, 'en')).toBe('NT$1.00');
    expect(amountsText({}, 'en')).toBe('—');
  });
});
