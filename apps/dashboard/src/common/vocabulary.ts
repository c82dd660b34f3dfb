/**
 * Vocabularies the API validates but @accord/contracts does not export yet (they live in the server's
 * DTOs). Kept here, in one place, until contracts carries them; values are the API's, never renamed.
 */

/** What a client consents to, each purpose separately (PIPL Art. 14, 29). */
export const CONSENT_PURPOSES = [
  'debt_negotiation',
  'credit_dispute',
  'litigation_support',
  'contact_creditors',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The markets a creditor serves: mainland China or Taiwan. */
export const MARKETS = ['CN', 'TW'] as const;
export type Market = (typeof MARKETS)[number];

/** How a creditor's customer service is reached. */
export const CONTACT_CHANNELS = ['hotline', 'online_chat', 'in_app', 'letter', 'email', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
