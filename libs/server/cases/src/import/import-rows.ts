import { casePolicy, isCalendarDate, isValidIdNumber, normalizeIdNumber, parseYuan } from '@accord/domain';
import type { IdDocumentType, OverdueReason } from '@accord/contracts';
import { parse } from 'csv-parse/sync';
import {
  ID_TYPE_WORDS,
  IMPORT_COLUMNS,
  NO,
  REASON_WORDS,
  REQUIRED_COLUMNS,
  YES,
  type ImportColumn,
} from './import-columns';
import type { ImportProblem } from './import-problem.view';

export interface ImportDebtRow {
  row: number;
  creditorName: string;
  accountReference: string | null;
  principalFen: number;
  /** Why the principal is above what is outstanding, when it is. */
  principalNote: string | null;
  outstandingFen: number;
  overdueFen: number;
  overdueSince: string | null;
}

export interface ImportClientGroup {
  firstRow: number;
  fullName: string;
  idType: IdDocumentType;
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  consent: boolean;
  officerEmail: string | null;
  overdueReason: OverdueReason;
  debts: ImportDebtRow[];
}

export interface ParsedImport {
  rows: number;
  clients: ImportClientGroup[];
  problems: ImportProblem[];
}

export const MAX_IMPORT_ROWS = 20000;

function inferIdType(id: string): IdDocumentType {
  if (/^\d{17}[\dX]$/.test(id)) return 'cn_resident_id';
  if (/^[A-Z]\d{9}$/.test(id)) return 'tw_national_id';
  return 'other';
}

/**
 * Reads a UTF-8 CSV (with or without BOM, zh-TW/zh-CN/English headers) into client groups with their
 * debts, and every problem found, row by row. Writes nothing: the caller shows the problems or commits.
 */
export function parseClientImport(text: string, today: string): ParsedImport {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      rows: 0,
      clients: [],
      problems: [{ row: 1, field: 'file', code: 'CSV_UNREADABLE', message: (error as Error).message }],
    };
  }
  if (records.length < 2)
    return {
      rows: 0,
      clients: [],
      problems: [
        { row: 1, field: 'file', code: 'CSV_EMPTY', message: 'The file has no rows under its header' },
      ],
    };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const index = new Map<ImportColumn, number>();
  for (const [column, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    const at = header.findIndex((h) => names.some((n) => n.toLowerCase() === h));
    if (at >= 0) index.set(column, at);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    return {
      rows: records.length - 1,
      clients: [],
      problems: missing.map((c) => ({
        row: 1,
        field: c,
        code: 'COLUMN_MISSING',
        message: `No column for ${c} (accepted: ${IMPORT_COLUMNS[c].join(', ')})`,
      })),
    };
  }
  const problems: ImportProblem[] = [];
  const groups = new Map<string, ImportClientGroup>();
  for (let i = 1; i < records.length; i++) {
    const line = i + 1;
    const cell = (c: ImportColumn) => (index.has(c) ? (records[i][index.get(c) as number] ?? '').trim() : '');
    const problem = (field: ImportColumn, code: string, message: string) =>
      problems.push({ row: line, field, code, message });
    const before = problems.length;

    const fullName = cell('fullName');
    if (!fullName || fullName.length > 100)
      problem('fullName', 'REQUIRED', 'A name of 1 to 100 characters is needed');
    const idNumber = normalizeIdNumber(cell('idNumber'));
    const typeWord = cell('idType');
    const idType = (
      typeWord ? (ID_TYPE_WORDS[typeWord] ?? ID_TYPE_WORDS[typeWord.toLowerCase()]) : inferIdType(idNumber)
    ) as IdDocumentType | undefined;
    if (!idType) problem('idType', 'UNKNOWN_ID_TYPE', `Unknown ID type "${typeWord}"`);
    else if (!isValidIdNumber(idType, idNumber))
      problem('idNumber', 'INVALID_ID_NUMBER', 'The ID number fails its format or check digit');
    const consentWord = cell('consent').toLowerCase();
    if (!YES.has(consentWord) && !NO.has(consentWord))
      problem('consent', 'INVALID_CONSENT', 'Consent must be yes or no (是/否)');
    const reasonWord = cell('overdueReason');
    const overdueReason = (
      reasonWord ? (REASON_WORDS[reasonWord] ?? REASON_WORDS[reasonWord.toLowerCase()]) : 'other'
    ) as OverdueReason | undefined;
    if (!overdueReason) problem('overdueReason', 'UNKNOWN_REASON', `Unknown overdue reason "${reasonWord}"`);
    const phone = cell('phone') || null;
    if (phone && !/^\+?[\d\s()-]{7,20}$/.test(phone)) problem('phone', 'INVALID_PHONE', 'Not a phone number');
    const email = cell('email') || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problem('email', 'INVALID_EMAIL', 'Not an e-mail address');

    let amountsReadable = true;
    const money = (c: ImportColumn, required: boolean) => {
      const raw = cell(c);
      if (!raw) {
        if (required) problem(c, 'REQUIRED', 'An amount in yuan is needed');
        return 0;
      }
      const fen = parseYuan(raw.replace(/^[¥￥]/, ''));
      if (fen === null || fen < 0) {
        amountsReadable = false;
        problem(c, 'INVALID_AMOUNT', `"${raw}" is not an amount in yuan with at most two decimals`);
      }
      return fen ?? 0;
    };
    const outstandingFen = money('outstanding', true);
    const principalFen =
      index.has('principal') && cell('principal') ? money('principal', false) : outstandingFen;
    const overdueFen = index.has('overdue') && cell('overdue') ? money('overdue', false) : outstandingFen;
    if (amountsReadable && overdueFen > outstandingFen)
      problem(
        'overdue',
        'OVERDUE_EXCEEDS_OUTSTANDING',
        'The overdue amount is more than what is outstanding',
      );
    const since = cell('overdueSince').replace(/\//g, '-') || null;
    if (since && !isCalendarDate(since))
      problem('overdueSince', 'INVALID_DATE', `"${since}" is not a date (YYYY-MM-DD)`);
    const principalNote = cell('principalNote').slice(0, 2000) || null;
    // The case policy's own rule for a debt's figures, asked for each row (the import writes at intake).
    const refused = new Set(
      amountsReadable && (!since || isCalendarDate(since))
        ? casePolicy.debtProblems({ overdueSince: since, principalFen, outstandingFen, principalNote }, today)
        : [],
    );
    if (refused.has('OVERDUE_DATE_IN_FUTURE'))
      problem('overdueSince', 'OVERDUE_DATE_IN_FUTURE', `The overdue date ${since} is after today`);
    if (refused.has('PRINCIPAL_EXCEEDS_OUTSTANDING'))
      problem('principal', 'PRINCIPAL_EXCEEDS_OUTSTANDING', 'The principal is more than what is outstanding');
    const creditorName = cell('creditor');
    if (!creditorName) problem('creditor', 'REQUIRED', 'The creditor is needed');
    if (problems.length > before) continue;

    const debt: ImportDebtRow = {
      row: line,
      creditorName,
      accountReference: cell('accountReference') || null,
      principalFen,
      principalNote,
      outstandingFen,
      overdueFen,
      overdueSince: since,
    };
    const existing = groups.get(idNumber);
    if (existing) {
      if (existing.fullName !== fullName) {
        problem(
          'fullName',
          'NAME_MISMATCH',
          `The same ID number is named "${existing.fullName}" on line ${existing.firstRow}`,
        );
        continue;
      }
      existing.debts.push(debt);
      continue;
    }
    groups.set(idNumber, {
      firstRow: line,
      fullName,
      idType: idType as IdDocumentType,
      idNumber,
      phone,
      email,
      address: cell('address') || null,
      consent: YES.has(consentWord),
      officerEmail: cell('officerEmail').toLowerCase() || null,
      overdueReason: overdueReason as OverdueReason,
      debts: [debt],
    });
  }
  return { rows: records.length - 1, clients: [...groups.values()], problems };
}
