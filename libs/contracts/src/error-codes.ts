/**
 * Machine-readable error codes. Clients branch on these, so a value is never renamed once shipped.
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedJson: 'MALFORMED_JSON',
  MalformedMultipart: 'MALFORMED_MULTIPART',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  TokenRevoked: 'TOKEN_REVOKED',
  /** No refresh is possible: the session ended, idled out or expired, or its token was used twice; details.reason. */
  SessionEnded: 'SESSION_ENDED',
  /** A request authorised by a cookie without the header that proves it came from the dashboard. */
  CsrfHeaderMissing: 'CSRF_HEADER_MISSING',
  UploadTokenMissing: 'UPLOAD_TOKEN_MISSING',
  IdentifierInUrl: 'IDENTIFIER_IN_URL',
  Forbidden: 'FORBIDDEN',
  PasswordChangeRequired: 'PASSWORD_CHANGE_REQUIRED',
  CurrentPasswordWrong: 'CURRENT_PASSWORD_WRONG',
  PasswordRejected: 'PASSWORD_REJECTED',
  SecondFactorRequired: 'SECOND_FACTOR_REQUIRED',
  SecondFactorWrong: 'SECOND_FACTOR_WRONG',
  SecondFactorEnrolled: 'SECOND_FACTOR_ENROLLED',
  SecondFactorNotStarted: 'SECOND_FACTOR_NOT_STARTED',
  SecondFactorEnrolmentRequired: 'SECOND_FACTOR_ENROLMENT_REQUIRED',
  NotFound: 'NOT_FOUND',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  StaleVersion: 'STALE_VERSION',
  ConcurrentUpdate: 'CONCURRENT_UPDATE',
  EmailTaken: 'EMAIL_TAKEN',
  TeamNameTaken: 'TEAM_NAME_TAKEN',
  TeamHasMembers: 'TEAM_HAS_MEMBERS',
  ManagerAlreadyLeadsTeam: 'MANAGER_ALREADY_LEADS_TEAM',
  InvalidTeamManager: 'INVALID_TEAM_MANAGER',
  CannotDisableSelf: 'CANNOT_DISABLE_SELF',
  Conflict: 'CONFLICT',
  TooManySignInAttempts: 'TOO_MANY_SIGN_IN_ATTEMPTS',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Unprocessable: 'UNPROCESSABLE',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** The case policy refuses the action in the case's present state; details.reasons say why. */
  ActionRefused: 'ACTION_REFUSED',
  /** Every database connection is in use, or a statement waited too long: try again shortly. */
  DatabaseBusy: 'DATABASE_BUSY',
  /** The database cannot be reached, or dropped the connection mid-request: nothing was written. */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /**
   * A financial statement needs its currency named: the case's open debts are in two currencies, or none
   * yet. details.owed lists the currencies owed.
   */
  StatementCurrencyNeeded: 'STATEMENT_CURRENCY_NEEDED',
  /** A statement in a currency the client owes nothing in: capacity would be set against other money. */
  StatementCurrencyNotOwed: 'STATEMENT_CURRENCY_NOT_OWED',
  /** Field codes (details.fields[].codes of a 400) for a living minimum: a negative amount, … */
  AmountNegative: 'AMOUNT_NEGATIVE',
  /** … a currency other than CNY or TWD, … */
  CurrencyUnknown: 'CURRENCY_UNKNOWN',
  /** … no region named. */
  RegionMissing: 'REGION_MISSING',
  /** A region's living minimum must be in the statement's currency (yuan are never measured against NT$). */
  LivingMinimumCurrencyMismatch: 'LIVING_MINIMUM_CURRENCY_MISMATCH',
  /** The statement names a living minimum that does not exist. */
  LivingMinimumUnknown: 'LIVING_MINIMUM_UNKNOWN',
  /** One figure per region, currency and effective date. */
  LivingMinimumExists: 'LIVING_MINIMUM_EXISTS',
  /** Field codes (details.fields[].codes of a 400) for an LPR row: a rate of zero or below, … */
  RateNotPositive: 'RATE_NOT_POSITIVE',
  /** … an effective date that is not a calendar date (YYYY-MM-DD). */
  DateInvalid: 'DATE_INVALID',
  /** One LPR row per effective date. */
  LprRateExists: 'LPR_RATE_EXISTS',
  // Cases and clients
  /** A move the stage machine refuses; details.unmet and details.reasons say why. */
  CaseTransitionRefused: 'CASE_TRANSITION_REFUSED',
  CaseClosed: 'CASE_CLOSED',
  PlanNotResumable: 'PLAN_NOT_RESUMABLE',
  OverdueExceedsOutstanding: 'OVERDUE_EXCEEDS_OUTSTANDING',
  ExclusionNeedsReason: 'EXCLUSION_NEEDS_REASON',
  ExportTooLarge: 'EXPORT_TOO_LARGE',
  ImportHasErrors: 'IMPORT_HAS_ERRORS',
  ClientExists: 'CLIENT_EXISTS',
  CreditorExists: 'CREDITOR_EXISTS',
  /** A report period that runs backwards or past 366 days. */
  PeriodInvalid: 'PERIOD_INVALID',
  // Documents and uploads
  RequirementMoveRefused: 'REQUIREMENT_MOVE_REFUSED',
  ReasonRequired: 'REASON_REQUIRED',
  DuplicateFile: 'DUPLICATE_FILE',
  UnsupportedFileType: 'UNSUPPORTED_FILE_TYPE',
  EmptyFile: 'EMPTY_FILE',
  NoFile: 'NO_FILE',
  LinkInvalid: 'LINK_INVALID',
  TemplateExists: 'TEMPLATE_EXISTS',
  // Negotiation and plans
  ProposalTermsLocked: 'PROPOSAL_TERMS_LOCKED',
  ProposalStatusRefused: 'PROPOSAL_STATUS_REFUSED',
  ProposalNotAcceptable: 'PROPOSAL_NOT_ACCEPTABLE',
  DebtAlreadyAgreed: 'DEBT_ALREADY_AGREED',
  /** Terms that cannot make a plan; details.problems name them. */
  PlanTermsInvalid: 'PLAN_TERMS_INVALID',
  /** A plan's fee or interest without its kind or its rate; details.problems. */
  ChargeTermsInvalid: 'CHARGE_TERMS_INVALID',
  DebtNotInCase: 'DEBT_NOT_IN_CASE',
  ContactNotInCase: 'CONTACT_NOT_IN_CASE',
  /** A file named as evidence or answer is not one of the case's documents. */
  FileNotInCase: 'FILE_NOT_IN_CASE',
  /** A credit report entry with disputes stays: what was disputed is on the record. */
  CreditEntryHasDisputes: 'CREDIT_ENTRY_HAS_DISPUTES',
  /** The display rule named for a Taiwan entry is unknown, or one was named for a mainland entry. */
  DisplayRuleInvalid: 'DISPLAY_RULE_INVALID',
  // Reminders
  ReminderNotFailed: 'REMINDER_NOT_FAILED',
  FileInfected: 'FILE_INFECTED',
  VirusScanUnavailable: 'VIRUS_SCAN_UNAVAILABLE',
  Internal: 'INTERNAL_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  details?: unknown;
  errorId?: string;
}
