import type { AmountsByCurrency } from '@accord/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ImportProblem } from './import-problem.view';

// A map by currency: the plugin reads no value type from a Record.
const byCurrency = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  description:
    'Outstanding per currency (CNY, TWD), in fen, only those that occur: yuan and Taiwan dollars are never added, and a debt whose creditor is not in the catalog is left out.',
  example: { CNY: 1250000 },
} as const;

/** One client of the file as the preview shows them (the first 20). */
export class ImportPreviewClient {
  /** The client's first line in the file. */
  row!: number;
  fullName!: string;
  /** The first three and last two characters, the rest starred. */
  idNumberMasked!: string;
  /** How many debts the file gives the client. */
  debts!: number;
  @ApiProperty(byCurrency)
  outstanding!: AmountsByCurrency;
}

/** What the file would import, checked but not written. */
export class ImportPreview {
  /** Lines under the header. */
  rows!: number;
  /** People in the file: rows with the same ID number are one client, one case. */
  clients!: number;
  debts!: number;
  @ApiProperty(byCurrency)
  outstanding!: AmountsByCurrency;
  /** No problem found: a commit of the same file would import all of it (the commit checks again). */
  valid!: boolean;
  /** The first 1000 problems. */
  problems!: ImportProblem[];
  problemCount!: number;
  /** The first 20 clients. */
  sample!: ImportPreviewClient[];
}

/** What a committed import wrote: one case per client, in one transaction. */
export class ImportResult {
  clients!: number;
  cases!: number;
  debts!: number;
}
