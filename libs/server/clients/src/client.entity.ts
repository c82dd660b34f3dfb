import type { IdDocumentType, Locale } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClientView } from './client.view';

@Entity({ name: 'clients' })
export class Client {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  idType!: IdDocumentType;

  @Column({ type: 'text', select: false })
  idNumberCipher!: string;

  @Column({ type: 'text', select: false })
  idNumberHash!: string;

  @Column({ type: 'text' })
  idNumberMasked!: string;

  @Column({ type: 'text', nullable: true, select: false })
  phoneCipher!: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  phoneHash!: string | null;

  @Column({ type: 'text', nullable: true })
  phoneMasked!: string | null;

  @Column({ type: 'text' })
  keyId!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  @Column({ type: 'text', array: true })
  consentPurposes!: string[];

  @Column({ type: 'uuid', nullable: true })
  consentRecordedBy!: string | null;

  /** Set when a consent once given is withdrawn (all work on the client's open cases stops); cleared by a new grant. */
  @Column({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt!: Date | null;

  @Column({ type: 'uuid' })
  officerId!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}

/** What the API shows: masked identifiers only, never the ciphertext or the hash. */
export function toClientView(client: Client): ClientView {
  return {
    id: client.id,
    fullName: client.fullName,
    idType: client.idType,
    idNumberMasked: client.idNumberMasked,
    phoneMasked: client.phoneMasked,
    email: client.email,
    address: client.address,
    notes: client.notes,
    locale: client.locale,
    consentAt: client.consentAt ? client.consentAt.toISOString() : null,
    consentPurposes: client.consentPurposes,
    officerId: client.officerId,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
    version: client.version,
  };
}
