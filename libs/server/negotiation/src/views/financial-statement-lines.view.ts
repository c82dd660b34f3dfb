/** The lines of a financial statement, as kept on it (a month's figures in the statement's currency). */

export class IncomeLine {
  /** @example 薪資 */
  source!: string;

  /** @example 3200000 */
  amountFen!: number;
}

export class SpendingLine {
  /** @example 房租 */
  category!: string;

  /** @example 1200000 */
  amountFen!: number;
}

/** A debt outside the case, by what it takes each month. */
export class OtherDebtLine {
  /** @example 某銀行房貸 */
  lender!: string;

  /** @example 500000 */
  monthlyPaymentFen!: number;
}
