import type { AmountsByCurrency } from '@accord/contracts';
import { formatAmounts } from '@accord/domain';
import type { ImportField } from '../../../common/vocabulary';
import type { Schema } from '../../../providers/api';
import type { Translate } from '../../../providers/api-client';

/** The API's limit on an import's body (its text parser takes 20 MB); checked before anything is sent. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A line of the file the API refused, and why. */
export type ImportProblem = Schema<'ImportProblem'>;

/** What `POST /imports/clients/preview` answers: the file checked, nothing written. */
export type ImportPreview = Schema<'ImportPreview'>;

/** What `POST /imports/clients/commit` wrote. */
export type ImportResult = Schema<'ImportResult'>;

/** A file read in the browser, ready to be sent as it is. */
export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

export type FileRefusal = 'not_csv' | 'too_large' | 'empty_file' | 'not_utf8';

/**
 * Why a file cannot be imported, from what the browser knows before reading it. The extension decides what
 * a CSV is: browsers report CSV files under several types (Windows says application/vnd.ms-excel).
 */
export function refuseFile(file: { name: string; size: number; type?: string }): FileRefusal | null {
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  if (!csv) return 'not_csv';
  if (file.size === 0) return 'empty_file';
  if (file.size > MAX_IMPORT_BYTES) return 'too_large';
  return null;
}

/**
 * The file's text, or null when it is not UTF-8. Excel in Taiwan saves "CSV" in Big5 unless told otherwise;
 * read leniently, such a file would reach the API as replacement characters and fail on every name.
 * A leading BOM is dropped (the API accepts either).
 */
export function decodeCsv(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file's size as people read it: kilobytes, or megabytes from one up. */
export function formatFileSize(bytes: number, locale: string): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mega ? bytes / 1024 / 1024 : Math.max(bytes / 1024, 0.1));
}

/** One CSV line (RFC 4180): cells holding a comma, a quote or a line break are quoted. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

/**
 * Each column's accepted headers as the API reads them (any case, any order), the zh-TW one first: the
 * template uses that one. `need` says who must fill the column in.
 */
export const IMPORT_COLUMNS: readonly {
  field: ImportField;
  headers: readonly string[];
  need: 'required' | 'managers' | 'optional';
}[] = [
  { field: 'fullName', headers: ['姓名', '客戶姓名', '客户姓名', 'full_name', 'name'], need: 'required' },
  { field: 'idType', headers: ['證件類型', '证件类型', 'id_type'], need: 'optional' },
  {
    field: 'idNumber',
    headers: ['證件號碼', '身分證字號', '身分證號碼', '证件号码', '身份证号', 'id_number'],
    need: 'required',
  },
  { field: 'phone', headers: ['電話', '手機', '电话', '手机', 'phone'], need: 'optional' },
  { field: 'email', headers: ['電子郵件', '電郵', '电子邮件', 'email'], need: 'optional' },
  { field: 'address', headers: ['地址', 'address'], need: 'optional' },
  { field: 'consent', headers: ['個資同意', '同意', '个人信息同意', 'consent'], need: 'optional' },
  {
    field: 'officerEmail',
    headers: ['承辦人', '承辦人信箱', '承办人', '承办人邮箱', 'officer_email'],
    need: 'managers',
  },
  { field: 'overdueReason', headers: ['逾期原因', 'overdue_reason'], need: 'optional' },
  { field: 'creditor', headers: ['債權人', '债权人', 'creditor'], need: 'required' },
  {
    field: 'accountReference',
    headers: ['帳號', '卡號', '账号', '卡号', 'account', 'account_reference'],
    need: 'optional',
  },
  { field: 'principal', headers: ['本金', 'principal'], need: 'optional' },
  { field: 'principalNote', headers: ['本金說明', '本金说明', 'principal_note'], need: 'optional' },
  {
    field: 'outstanding',
    headers: ['未償金額', '欠款金額', '未偿金额', '欠款金额', 'outstanding'],
    need: 'required',
  },
  { field: 'overdue', headers: ['逾期金額', '逾期金额', 'overdue'], need: 'optional' },
  { field: 'overdueSince', headers: ['逾期日', '逾期日期', '首次逾期日', 'overdue_since'], need: 'optional' },
];

/** The template's one example row, by column; columns left out here stay empty. */
const EXAMPLE: Partial<Record<ImportField, string>> = {
  fullName: '王小明',
  idNumber: 'A123456789',
  phone: '0912-345-678',
  email: 'xiaoming.wang@example.com',
  address: '臺北市中正區重慶南路一段 122 號',
  consent: '是',
  overdueReason: '失業',
  creditor: '支付寶花唄',
  accountReference: '6222 0000 0000 1234',
  principal: '20000',
  principalNote: '已還本金 1499.50 元',
  outstanding: '18500.50',
  overdue: '18500.50',
  overdueSince: '2026-09-01',
};

/**
 * A template to fill in, headed in zh-TW, with one example row. It leaves out the ID type, which the API infers
 * from the number. UTF-8 with a BOM and CRLF line ends, so Excel opens it with the Chinese intact.
 */
export function importTemplate(): string {
  const columns = IMPORT_COLUMNS.filter((column) => column.field !== 'idType');
  const header = csvLine(columns.map((column) => column.headers[0]));
  const example = csvLine(columns.map((column) => EXAMPLE[column.field] ?? ''));
  return `\uFEFF${header}\r\n${example}\r\n`;
}

/** A problem's column and what is wrong, in the person's language; the API's wording for unknown codes. */
export function describeProblem(
  problem: ImportProblem,
  translate: Translate,
): { field: string; text: string } {
  return {
    field: translate(`accord.imports.fields.${problem.field}`, { _: problem.field }),
    text: translate(`accord.imports.problems.${problem.code}`, { _: problem.message }),
  };
}

/** The client a duplicate row repeats, as one line: name, officer and latest case, as far as known. */
export function existingClientLine(existing: Schema<'ExistingClient'>, translate: Translate): string {
  const details = [existing.fullName, existing.officerName, existing.caseReference]
    .filter(Boolean)
    .join(' · ');
  return translate('accord.imports.existing', { details });
}

/**
 * The problems a refused commit names (422 IMPORT_HAS_ERRORS: someone filed one of the clients between the
 * preview and the import, say), or null for any other failure.
 */
export function refusedProblems(error: unknown): Pick<ImportPreview, 'problemCount' | 'problems'> | null {
  const body = (error as { status?: number; body?: unknown } | null)?.body as
    { code?: unknown; details?: { problemCount?: unknown; problems?: unknown } } | undefined;
  if ((error as { status?: number } | null)?.status !== 422 || body?.code !== 'IMPORT_HAS_ERRORS')
    return null;
  const problems = Array.isArray(body.details?.problems) ? (body.details.problems as ImportProblem[]) : [];
  const problemCount =
    typeof body.details?.problemCount === 'number' ? body.details.problemCount : problems.length;
  return { problemCount, problems };
}

/**
 * Amounts per currency as one line ("¥2,000.00 · NT$81,000.50"), never one sum; a dash when nothing has a
 * currency yet (only debts of creditors the catalog does not know).
 */
export function amountsText(amounts: AmountsByCurrency, locale: string): string {
  return Object.keys(amounts).length ? formatAmounts(amounts, locale) : '—';
}
