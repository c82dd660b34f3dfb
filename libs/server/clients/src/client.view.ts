import type { IdDocumentType, Locale } from '@accord/contracts';

/** A client as the API shows them: masked identifiers only, never the ciphertext or the hash. */
export class ClientView {
  /** @example "3c2b1a09-8f7e-4d6c-9b5a-403f2e1d0c9b" */
  id!: string;
  fullName!: string;
  idType!: IdDocumentType;
  /** The first three and last two characters, the rest starred (POST /api/clients/{id}/reveal for the rest). */
  idNumberMasked!: string;
  phoneMasked!: string | null;
  email!: string | null;
  address!: string | null;
  notes!: string | null;
  /** The language of the client's reminders. */
  locale!: Locale;
  /**
   * When the consent in force was recorded; null when never given or withdrawn.
   * @example "2025-03-14T02:30:00.000Z"
   */
  consentAt!: string | null;
  /** What the client consents to (debt_negotiation, credit_dispute, litigation_support, contact_creditors). */
  consentPurposes!: string[];
  /** The officer who holds the client. */
  officerId!: string;
  /** @example "2025-03-14T02:30:00.000Z" */
  createdAt!: string;
  updatedAt!: string;
  /** Send it back with a change: a stale one answers 409. */
  version!: number;
}

export class ClientPage {
  data!: ClientView[];
  total!: number;
}

/** A client's full identifiers: each reveal is in the audit log. */
export class RevealedClientIdentifiers {
  idNumber!: string;
  /** Null when none is on file. */
  phone!: string | null;
}
