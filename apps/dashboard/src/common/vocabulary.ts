/**
 * Vocabularies the API validates but @accord/contracts does not export yet (they live in the server's
 * DTOs). Kept here, in one place, until contracts carries them; values are the API's, never renamed.
 */

export { CONSENT_PURPOSES, type ConsentPurpose } from '@accord/contracts';

/** The markets a creditor serves: mainland China or Taiwan. */
export const MARKETS = ['CN', 'TW'] as const;
export type Market = (typeof MARKETS)[number];

/** How a creditor's penalty grows: simple, or each 30-day cycle's penalty joining the base (cards). */
export const COMPOUNDINGS = ['none', 'monthly'] as const;
export type Compounding = (typeof COMPOUNDINGS)[number];

/** A card's late fee: none, a share of the unpaid minimum payment, or a fixed amount per cycle. */
export const LATE_FEE_KINDS = ['none', 'share_of_minimum', 'fixed'] as const;

/** How a creditor's customer service is reached. */
export const CONTACT_CHANNELS = ['hotline', 'online_chat', 'in_app', 'letter', 'email', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The columns of a client import, as the API names them in each problem's `field`. */
export const IMPORT_FIELDS = [
  'fullName',
  'idType',
  'idNumber',
  'phone',
  'email',
  'address',
  'consent',
  'officerEmail',
  'overdueReason',
  'creditor',
  'accountReference',
  'principal',
  'principalNote',
  'outstanding',
  'overdue',
  'overdueSince',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What the API may find wrong in an imported file: each problem's `code`. */
export const IMPORT_PROBLEM_CODES = [
  'COLUMN_MISSING',
  'REQUIRED',
  'UNKNOWN_ID_TYPE',
  'INVALID_ID_NUMBER',
  'INVALID_CONSENT',
  'UNKNOWN_REASON',
  'INVALID_PHONE',
  'INVALID_EMAIL',
  'INVALID_AMOUNT',
  'OVERDUE_EXCEEDS_OUTSTANDING',
  'INVALID_DATE',
  'OVERDUE_DATE_IN_FUTURE',
  'PRINCIPAL_EXCEEDS_OUTSTANDING',
  'NAME_MISMATCH',
  'CREDITOR_UNKNOWN',
  'CLIENT_EXISTS',
  'PHONE_EXISTS',
  'DUPLICATE_OUTSIDE_SCOPE',
  'OFFICER_UNKNOWN',
  'OFFICER_REQUIRED',
  'CSV_UNREADABLE',
  'CSV_EMPTY',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];
