/** What a bulk reassignment did: all the cases or none moved. */
export class CaseReassignment {
  /** The officer who now holds the cases. */
  officerId!: string;
  /** How many cases changed hands; the ones the officer already held stay as they were. */
  moved!: number;
  /** The cases asked for, as sent. */
  caseIds!: string[];
}
