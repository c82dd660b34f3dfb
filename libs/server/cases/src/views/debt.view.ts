import type { CardRiskClass, Currency, DebtStatus, OverdueBucket } from '@accord/contracts';
import { LprCapCheckView } from './lpr-cap-check.view';
import { PenaltyPointView } from './penalty-point.view';

/** A debt as shown: days overdue and the charges to date are derived on reading, so they are never stale. */
export class DebtView {
  /** @example "0b9e8f7a-6d5c-4b3a-9e8f-7a6d5c4b3a21" */
  id!: string;
  caseId!: string;
  creditorId!: string;
  creditorName!: string;
  /** The creditor's product (huabei, credit_card, …). */
  product!: string;
  /**
   * Only the last four characters of the account or card number.
   * @example "****4321"
   */
  accountReferenceMasked!: string | null;
  /** Every amount of the debt is in it. */
  currency!: Currency;
  /** @example 1500000 */
  principalFen!: number;
  /** Why the principal is above what is outstanding, when it is. */
  principalNote!: string | null;
  /** @example 1250000 */
  outstandingFen!: number;
  /** @example 320000 */
  overdueFen!: number;
  /**
   * The missed due date; null when the debt is not overdue.
   * @example "2025-01-15"
   */
  overdueSince!: string | null;
  /** The day the contract was signed: the LPR of that day draws the 4 × LPR line. */
  contractDate!: string | null;
  /** Null for creditors the catalog does not check against 4 × LPR. */
  lprCheck!: LprCapCheckView | null;
  status!: DebtStatus;
  excludedReason!: string | null;
  /** 0 unless the debt is open. */
  daysOverdue!: number;
  /** Null when not overdue. */
  overdueBucket!: OverdueBucket | null;
  /** The mainland regulator's five classes: only for a credit card owed in yuan, null otherwise. */
  cardRiskClass!: CardRiskClass | null;
  /** A card's unpaid minimum payment, on which its late fee is charged; null when none. */
  minimumDueFen!: number | null;
  /** @example 18000 */
  penaltyAccruedFen!: number;
  lateFeeAccruedFen!: number;
  /** Penalty and late fees together. */
  chargesAccruedFen!: number;
  /** @example "2025-03-14T02:30:00.000Z" */
  createdAt!: string;
  updatedAt!: string;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
}

/** One debt with its penalty projected at +0/+30/+90/+180 days. */
export class DebtDetail extends DebtView {
  /** Penalty and late fees at +0, +30, +90 and +180 days if nothing is paid; they stop on the day a creditor agreed a plan. */
  projection!: PenaltyPointView[];
}

export class DebtPage {
  data!: DebtView[];
  total!: number;
}

/** What a removed debt answers. */
export class RemovedDebt {
  id!: string;
}
