import type { LprCapCheck } from '@accord/domain';
import {
  CURRENCY_OF_MARKET,
  type CardRiskClass,
  type CreditorProduct,
  type Currency,
  type DebtStatus,
  type Market,
  type OverdueBucket,
} from '@accord/contracts';

/** A debt as the API shows it: days overdue, penalty and late fees are worked out on reading, never stored. */
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
  /** The day the loan or card contract was signed. */
  contractDate: string | null;
  /** The creditor rule against 4 × the one-year LPR at the contract date; null when the creditor is not checked. */
  lprCheck: LprCapCheck | null;
  status: DebtStatus;
  excludedReason: string | null;
  /** The minimum payment left unpaid (a card's), on which its late fee is charged; null when none. */
  minimumDueFen: number | null;
  daysOverdue: number;
  /** M1 (1–30 days) … M3+ (over 90); null when not overdue. */
  overdueBucket: OverdueBucket | null;
  /** A mainland card's five-class risk by days overdue; null for other debts. */
  cardRiskClass: CardRiskClass | null;
  penaltyAccruedFen: number;
  /** A card's late fees to date (違約金), apart from the penalty: they bear no interest. */
  lateFeeAccruedFen: number;
  /** Penalty and late fees together: what the creditor has added to the debt. */
  chargesAccruedFen: number;
  version: number;
}

/**
 * The currency a debt's form is in, as the API will set it: the one an admin picked, else the chosen
 * creditor's market's when the creditor is new or another one, else the debt's own. Null while no creditor
 * is chosen (or its market is still being read): the amounts then show no sign rather than a guessed ¥.
 */
export function debtFormCurrency(
  form: { currency?: Currency | null; creditorId?: string | null },
  saved: Pick<DebtRecord, 'currency' | 'creditorId'> | undefined,
  creditorMarket: Market | null,
): Currency | null {
  if (form.currency && form.currency !== saved?.currency) return form.currency;
  if (creditorMarket && form.creditorId && form.creditorId !== saved?.creditorId)
    return CURRENCY_OF_MARKET[creditorMarket];
  return saved?.currency ?? null;
}
