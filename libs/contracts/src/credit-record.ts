/**
 * The credit record's words ([7/10]). A true record is never "removed" by the firm: outcomes are what the
 * agency or lender answered.
 */

/** The worst status the report shows for the account. */
export const CREDIT_ENTRY_STATUSES = [
  /** Overdue now. */
  'overdue',
  /** Was overdue, now repaid: the record stays for its period. */
  'repaid_after_overdue',
  /** Written off, sold or transferred for collection (呆帳 / 轉讓). */
  'written_off',
  /** No negative record on this account. */
  'normal',
] as const;
export type CreditEntryStatus = (typeof CREDIT_ENTRY_STATUSES)[number];

/** Why the client says the record is wrong (異議理由). */
export const CREDIT_DISPUTE_GROUNDS = [
  /** Not the client's account: identity theft or a mistaken person. */
  'not_my_account',
  'wrong_amount',
  'wrong_dates',
  'already_repaid',
  /** The creditor agreed in writing to report otherwise (e.g. in the repayment agreement). */
  'creditor_agreed',
  'other',
] as const;
export type CreditDisputeGround = (typeof CREDIT_DISPUTE_GROUNDS)[number];

/** Where the dispute was filed: the credit reference centre, or the lender that reported it. */
export const CREDIT_DISPUTE_VENUES = ['credit_reference_centre', 'lender'] as const;
export type CreditDisputeVenue = (typeof CREDIT_DISPUTE_VENUES)[number];

/** Prepared (a draft, still changing), filed (the answer due in 20 days), answered, or withdrawn. */
export const CREDIT_DISPUTE_STATUSES = ['draft', 'filed', 'answered', 'withdrawn'] as const;
export type CreditDisputeStatus = (typeof CREDIT_DISPUTE_STATUSES)[number];

/**
 * The written answer: the record was corrected; no error was found (it stays as it was); or it could not
 * be verified (it is marked as disputed).
 */
export const CREDIT_DISPUTE_OUTCOMES = ['corrected', 'no_error_found', 'cannot_be_verified'] as const;
export type CreditDisputeOutcome = (typeof CREDIT_DISPUTE_OUTCOMES)[number];

/** Why the one-off relief of 2025-12-22 does not apply to an entry. */
export const RELIEF_2025_REASONS = [
  'not_mainland',
  'amount_over_limit',
  'arose_before_2020',
  'arose_after_2025',
  'arisen_date_unknown',
  'repaid_after_deadline',
  'not_repaid',
] as const;
export type Relief2025Reason = (typeof RELIEF_2025_REASONS)[number];
