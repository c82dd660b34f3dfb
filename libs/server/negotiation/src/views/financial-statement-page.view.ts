import { FinancialStatement } from '../financial-statement.entity';

/** Every statement of a case, the current one first (not paged: total is their number). */
export class FinancialStatementPage {
  data!: FinancialStatement[];
  total!: number;
}
