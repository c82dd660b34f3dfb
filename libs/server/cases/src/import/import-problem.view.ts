import type { ImportColumn } from './import-columns';

/** A client already on file whom the importing person may see: named so they can find it. */
export class ExistingClient {
  clientId!: string;
  fullName!: string;
  officerName!: string | null;
  /** Their latest case the person may see. */
  caseReference!: string | null;
}

/** One thing wrong with the file; any problem refuses the whole import. */
export class ImportProblem {
  /** 1-based line of the CSV row (the header is line 1). */
  row!: number;
  /** The column at fault, or `file` for the file as a whole. */
  field!: ImportColumn | 'file';
  /**
   * Machine-readable (CSV_UNREADABLE, COLUMN_MISSING, CREDITOR_UNKNOWN, DUPLICATE_OUTSIDE_SCOPE, …).
   * @example "CREDITOR_UNKNOWN"
   */
  code!: string;
  message!: string;
  /** The client on file this row repeats, only when the importing person may see that client. */
  existing?: ExistingClient;
}
