import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

@Entity({ name: 'document_files' })
export class DocumentFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requirementId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text', select: false })
  storageKey!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  sizeBytes!: number;

  @Column({ type: 'text' })
  mediaType!: string;

  /** As the client named it: display text only, never a path. */
  @Column({ type: 'text' })
  originalName!: string;

  @Column({ type: 'text' })
  source!: 'officer' | 'client_link';

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  uploadLinkId!: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
