import {
  CASE_OUTCOMES,
  CASE_STAGES,
  CONTACT_CHANNELS as CONTACT_LOG_CHANNELS,
  CONTACT_PARTIES,
  CREDITOR_PRODUCTS,
  DEBT_STATUSES,
  ID_DOCUMENT_TYPES,
  LITIGATION_RISKS,
  LOCALES,
  OVERDUE_BUCKETS,
  OVERDUE_REASONS,
  PAYMENT_METHODS,
  PAYEE_KINDS,
  PENALTY_BASES,
  PLAN_CHARGE_KINDS,
  PROPOSAL_KINDS,
  ROLES,
} from '@accord/contracts';
import { COMPOUNDINGS, CONSENT_PURPOSES, CONTACT_CHANNELS, LATE_FEE_KINDS, MARKETS } from './vocabulary';

/** Choices whose names are message keys: React-admin's select inputs and fields translate them. */
const choicesOf = (values: readonly string[], group: string) =>
  values.map((value) => ({ id: value, name: `accord.${group}.${value}` }));

export const roleChoices = choicesOf(ROLES, 'roles');
export const localeChoices = choicesOf(LOCALES, 'locales');
export const stageChoices = choicesOf(CASE_STAGES, 'stages');
export const outcomeChoices = choicesOf(CASE_OUTCOMES, 'outcomes');
export const overdueReasonChoices = choicesOf(OVERDUE_REASONS, 'overdue_reasons');
export const litigationRiskChoices = choicesOf(LITIGATION_RISKS, 'litigation_risks');
export const productChoices = choicesOf(CREDITOR_PRODUCTS, 'products');
export const penaltyBaseChoices = choicesOf(PENALTY_BASES, 'penalty_bases');
export const compoundingChoices = choicesOf(COMPOUNDINGS, 'compoundings');
export const lateFeeKindChoices = choicesOf(LATE_FEE_KINDS, 'late_fee_kinds');
export const debtStatusChoices = choicesOf(DEBT_STATUSES, 'debt_statuses');
export const idTypeChoices = choicesOf(ID_DOCUMENT_TYPES, 'id_types');
export const overdueBucketChoices = choicesOf(OVERDUE_BUCKETS, 'overdue_buckets');
export const marketChoices = choicesOf(MARKETS, 'markets');
export const consentPurposeChoices = choicesOf(CONSENT_PURPOSES, 'consent_purposes');
export const contactChannelChoices = choicesOf(CONTACT_CHANNELS, 'contact_channels');
/** The channels of a logged contact: the creditor's service channels, and the ways of reaching a client. */
export const contactLogChannelChoices = choicesOf(CONTACT_LOG_CHANNELS, 'contact_channels');
export const contactPartyChoices = choicesOf(CONTACT_PARTIES, 'contact_parties');
export const proposalKindChoices = choicesOf(PROPOSAL_KINDS, 'proposal_kinds');
export const paymentMethodChoices = choicesOf(PAYMENT_METHODS, 'payment_methods');
export const planChargeKindChoices = choicesOf(PLAN_CHARGE_KINDS, 'plan_charge_kinds');
/** Who a payment went to, as an officer records it: never `unrecorded`, kept for payments from before. */
export const payeeKindChoices = choicesOf(
  PAYEE_KINDS.filter((k) => k !== 'unrecorded'),
  'payee_kinds',
);
