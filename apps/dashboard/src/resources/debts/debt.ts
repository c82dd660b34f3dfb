import type { CreditorProduct, Currency, DebtStatus } from '@accord/contracts';

/** A debt as the API shows it: days overdue and penalty are worked out on reading, never stored. */
export interface DebtRecord {
  id: string;
  caseId: string;
  creditorId: string;
  creditorName: string;
  product: CreditorProduct;
  accountReferenceMasked: string | null;
  currency: Currency;
  principalFen: number;
  outstandingFen: number;
  overdueFen: number;
  overdueSince: string | null;
  status: DebtStatus;
  excludedReason: string | null;
  daysOverdue: number;
  penaltyAccruedFen: number;
  version: number;
}
