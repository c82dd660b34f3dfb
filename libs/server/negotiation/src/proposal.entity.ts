import type { ProposalKind, ProposalStatus } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const fen = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'proposals' })
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  debtId!: string;

  @Column({ type: 'text' })
  kind!: ProposalKind;

  @Column({ type: 'text' })
  status!: ProposalStatus;

  /** What the client pays in all under this proposal (for lump_sum: the settlement amount). */
  @Column({ type: 'bigint', transformer: fen })
  totalFen!: number;

  @Column({ type: 'integer', nullable: true })
  months!: number | null;

  @Column({ type: 'date', nullable: true })
  firstDueDate!: string | null;

  @Column({ type: 'integer' })
  graceMonths!: number;

  @Column({ type: 'bigint', transformer: fen })
  waivedPenaltyFen!: number;

  @Column({ type: 'integer', nullable: true })
  interestRateBp!: number | null;

  @Column({ type: 'text', nullable: true })
  creditorAnswer!: string | null;

  @Column({ type: 'uuid', array: true })
  contactIds!: string[];

  @Column({ type: 'uuid' })
  createdBy!: string;

  /** A manager's approval of a plan longer than the creditor allows, with the reason. */
  @Column({ type: 'text', nullable: true })
  limitExceptionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  limitExceptionBy!: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
