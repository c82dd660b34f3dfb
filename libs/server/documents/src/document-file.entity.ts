import { ApiHideProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

@Entity({ name: 'document_files' })
export class DocumentFile {
  /** @example "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a" */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requirementId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** Never read unless asked for (select: false), so never in an answer. */
  @ApiHideProperty()
  @Column({ type: 'text', select: false })
  storageKey!: string;

  @Column({ type: 'text' })
  sha256!: string;

  /** @example 482133 */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  sizeBytes!: number;

  /** As sniffed from the content, never the name: PDF, JPEG, PNG, HEIC or HEIF. */
  @Column({ type: 'text' })
  mediaType!: string;

  /** As the client named it: display text only, never a path. */
  @Column({ type: 'text' })
  originalName!: string;

  @Column({ type: 'text' })
  source!: 'officer' | 'client_link';

  /** The staff member who uploaded it; null when the client did, through a link. */
  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  uploadLinkId!: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
