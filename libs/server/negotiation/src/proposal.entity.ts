import type { PlanChargeKind, ProposalKind, ProposalStatus } from '@accord/contracts';
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

  /**
   * What goes into the plan: the agreed amount (for lump_sum: the settlement), before the creditor's charge
   * on the plan. What the client pays in all is this plus the charge, worked out on acceptance.
   */
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

  /** The creditor's charge on the plan (停息掛賬: none). */
  @Column({ type: 'text' })
  chargeKind!: PlanChargeKind;

  /** ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate). */
  @Column({ type: 'integer' })
  chargeRatePpm!: number;

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
