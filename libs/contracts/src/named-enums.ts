import { CASE_EVENT_KINDS } from './case-events';
import { CASE_ACTIONS, CASE_POLICY_REASONS, CONSENT_PURPOSES } from './case-policy';
import {
  CARD_RISK_CLASSES,
  CASE_OUTCOMES,
  CASE_STAGES,
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  CREDITOR_PRODUCTS,
  DEBT_STATUSES,
  ID_DOCUMENT_TYPES,
  LITIGATION_RISKS,
  OVERDUE_BUCKETS,
  OVERDUE_REASONS,
  PAYEE_KINDS,
  PAYMENT_METHODS,
  PENALTY_BASES,
  PLAN_CHARGE_KINDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
} from './cases';
import { DOCUMENT_KINDS, REQUIREMENT_MOVES, REQUIREMENT_STATUSES } from './documents';
import { LOCALES } from './locales';
import { CURRENCIES, MARKETS } from './money';
import {
  DELIVERY_STATUSES,
  NOTIFICATION_CHANNELS,
  REMINDER_KINDS,
  REMINDER_RECIPIENTS,
  REMINDER_STATUSES,
} from './reminders';
import {
  CREDIT_DISPUTE_GROUNDS,
  CREDIT_DISPUTE_OUTCOMES,
  CREDIT_DISPUTE_STATUSES,
  CREDIT_DISPUTE_VENUES,
  CREDIT_ENTRY_STATUSES,
  RELIEF_2025_REASONS,
} from './credit-record';
import { ROLES } from './roles';
import { FUNNEL_STEPS } from './workload';

/**
 * The vocabulary's lists under the names the OpenAPI document gives them: wherever a field's values are
 * exactly one of these lists, the document says the name (`$ref`) instead of repeating the values, so a
 * generated client gets one type per word (CaseStage, not twenty copies of its stages).
 */
export const NAMED_ENUMS = {
  CaseStage: CASE_STAGES,
  CaseOutcome: CASE_OUTCOMES,
  CaseEventKind: CASE_EVENT_KINDS,
  CaseAction: CASE_ACTIONS,
  CasePolicyReason: CASE_POLICY_REASONS,
  ConsentPurpose: CONSENT_PURPOSES,
  OverdueReason: OVERDUE_REASONS,
  LitigationRisk: LITIGATION_RISKS,
  CreditorProduct: CREDITOR_PRODUCTS,
  PenaltyBase: PENALTY_BASES,
  DebtStatus: DEBT_STATUSES,
  IdDocumentType: ID_DOCUMENT_TYPES,
  OverdueBucket: OVERDUE_BUCKETS,
  CardRiskClass: CARD_RISK_CLASSES,
  ContactParty: CONTACT_PARTIES,
  ContactChannel: CONTACT_CHANNELS,
  ProposalKind: PROPOSAL_KINDS,
  PlanChargeKind: PLAN_CHARGE_KINDS,
  ProposalStatus: PROPOSAL_STATUSES,
  PaymentMethod: PAYMENT_METHODS,
  PayeeKind: PAYEE_KINDS,
  DocumentKind: DOCUMENT_KINDS,
  RequirementStatus: REQUIREMENT_STATUSES,
  RequirementMove: REQUIREMENT_MOVES,
  Locale: LOCALES,
  Currency: CURRENCIES,
  Market: MARKETS,
  ReminderKind: REMINDER_KINDS,
  ReminderStatus: REMINDER_STATUSES,
  ReminderRecipient: REMINDER_RECIPIENTS,
  NotificationChannel: NOTIFICATION_CHANNELS,
  DeliveryStatus: DELIVERY_STATUSES,
  Role: ROLES,
  FunnelStep: FUNNEL_STEPS,
  CreditEntryStatus: CREDIT_ENTRY_STATUSES,
  CreditDisputeGround: CREDIT_DISPUTE_GROUNDS,
  CreditDisputeVenue: CREDIT_DISPUTE_VENUES,
  CreditDisputeStatus: CREDIT_DISPUTE_STATUSES,
  CreditDisputeOutcome: CREDIT_DISPUTE_OUTCOMES,
  Relief2025Reason: RELIEF_2025_REASONS,
} as const satisfies Record<string, readonly string[]>;
