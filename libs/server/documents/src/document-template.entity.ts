import type { CreditorProduct, DocumentKind, Locale } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'document_templates' })
export class DocumentTemplate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  /** What the client reads about this paper, in each language of the interface. */
  @Column({ type: 'jsonb' })
  descriptions!: Record<Locale, string>;

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
