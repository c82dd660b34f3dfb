import { stringify } from 'csv-stringify/sync';

/**
 * A number as a spreadsheet should read it, kept as text so its formatting survives (amounts keep their
 * two decimals): it is written as it is, never neutralised, so only digits may be in it.
 */
export class CsvNumber {
  constructor(readonly text: string) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`Not a number for a CSV cell: ${text}`);
  }
}

export type CsvCell = string | number | CsvNumber | null;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP's list: = + - @ TAB CR), and
 * Excel in Chinese and Japanese locales reads the full-width = + - @ that an input method types the same way.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text a person typed (a name, a note), made safe to open in a spreadsheet: a leading `'` makes it text. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const cellText = (cell: CsvCell): string | number => {
  if (cell === null) return '';
  if (cell instanceof CsvNumber) return cell.text;
  if (typeof cell === 'number') return cell;
  return neutraliseCell(cell);
};

/**
 * The one way the product writes a CSV file: UTF-8 with a BOM so Excel reads Chinese correctly, every text
 * cell neutralised against formula injection, numbers left as numbers.
 */
export function csvFile(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${stringify(rows.map((row) => row.map(cellText)))}`;
}
