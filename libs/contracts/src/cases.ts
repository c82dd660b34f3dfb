/** Stages, outcomes and kinds are data shared by server and dashboard; values are stored, never renamed. */
export const CASE_STAGES = [
  'intake',
  'documents',
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'credit_repair',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_OUTCOMES = ['resolved', 'withdrawn', 'failed', 'litigated'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const OVERDUE_REASONS = [
  'job_loss',
  'illness',
  'business_failure',
  'family_emergency',
  'other',
] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

export const LITIGATION_RISKS = ['none', 'low', 'high', 'sued'] as const;
export type LitigationRisk = (typeof LITIGATION_RISKS)[number];

export const CREDITOR_PRODUCTS = [
  'huabei',
  'jiebei',
  'credit_card',
  'consumer_loan',
  'online_loan',
  'other',
] as const;
export type CreditorProduct = (typeof CREDITOR_PRODUCTS)[number];

/** What a creditor's daily penalty rate is charged on. */
export const PENALTY_BASES = ['overdue_amount', 'outstanding_amount', 'principal'] as const;
export type PenaltyBase = (typeof PENALTY_BASES)[number];

export const DEBT_STATUSES = ['open', 'excluded', 'settled', 'paid_off'] as const;
export type DebtStatus = (typeof DEBT_STATUSES)[number];

export const ID_DOCUMENT_TYPES = ['cn_resident_id', 'tw_national_id', 'passport', 'other'] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

/** Overdue as the industry counts it: M1 = 1–30 days, M2 = 31–60, M3 = 61–90, M3+ = over 90. */
export const OVERDUE_BUCKETS = ['M1', 'M2', 'M3', 'M3+'] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];

/** A mainland card's risk class (五級分類) by days overdue; the bounds are data in libs/domain. */
export const CARD_RISK_CLASSES = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export type CardRiskClass = (typeof CARD_RISK_CLASSES)[number];

export const CONTACT_PARTIES = ['creditor', 'client'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

export const CONTACT_CHANNELS = [
  'hotline',
  'online_chat',
  'in_app',
  'letter',
  'visit',
  'phone',
  'wechat',
  'email',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * What kind of plan a proposal asks for. Waiving the penalty already accrued is not a kind: it is a term
 * (`waivedPenaltyFen`) any kind may carry.
 */
export const PROPOSAL_KINDS = ['deferral', 'installments', 'interest_freeze', 'lump_sum'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/**
 * The creditor's price for a plan: none; a flat fee each month on the amount put into the plan (card
 * installment fees); or a yearly interest rate on the balance still unpaid. 停息掛賬 carries none.
 */
export const PLAN_CHARGE_KINDS = ['none', 'monthly_fee', 'annual_rate'] as const;
export type PlanChargeKind = (typeof PLAN_CHARGE_KINDS)[number];

export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'countered',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** How a client paid an installment. */
export const PAYMENT_METHODS = ['bank_transfer', 'alipay', 'wechat_pay', 'card', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * Where the money went. Repayments go only to the creditor's own account or app (DOMAIN.md): a payment
 * to anyone else (the firm, a collector, an agent) is refused by the case policy, named so it can be.
 * `unrecorded`: payments recorded before the payee was asked; never accepted for a new payment.
 */
export const PAYEE_KINDS = ['creditor_account', 'creditor_app', 'someone_else', 'unrecorded'] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];
export const CREDITOR_PAYEE_KINDS: readonly PayeeKind[] = ['creditor_account', 'creditor_app'];
