/** Kinds of papers the firm collects; stored values, never renamed. */
export const DOCUMENT_KINDS = [
  'id_card_front',
  'id_card_back',
  'proof_of_income',
  'hardship_unemployment',
  'hardship_medical',
  'hardship_disaster',
  'hardship_other',
  'bank_statements',
  'debt_statement',
  'credit_report',
  'power_of_attorney',
  'service_agreement',
  'financial_statement',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REQUIREMENT_STATUSES = ['requested', 'received', 'verified', 'rejected', 'waived'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const REQUIREMENT_MOVES = ['receive', 'verify', 'reject', 'waive'] as const;
export type RequirementMove = (typeof REQUIREMENT_MOVES)[number];
