import type { CreditorProduct, DocumentKind } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentDescriptions } from './views/document-descriptions.view';

@Entity({ name: 'document_templates' })
export class DocumentTemplate {
  /** @example "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  /** What the client reads about this paper, in each language of the interface. */
  @Column({ type: 'jsonb' })
  descriptions!: DocumentDescriptions;

  @Column({ type: 'boolean' })
  required!: boolean;

  @Column({ type: 'text', array: true })
  products!: CreditorProduct[];

  @Column({ type: 'integer' })
  dueDays!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
