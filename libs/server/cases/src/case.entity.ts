import type { CaseOutcome, CaseStage, Currency, LitigationRisk, OverdueReason } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'cases' })
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid' })
  officerId!: string;

  @Column({ type: 'text' })
  stage!: CaseStage;

  @Column({ type: 'text', nullable: true })
  outcome!: CaseOutcome | null;

  @Column({ type: 'text', nullable: true })
  closingNote!: string | null;

  @Column({ type: 'text' })
  overdueReason!: OverdueReason;

  @Column({ type: 'text', nullable: true })
  overdueReasonText!: string | null;

  @Column({ type: 'text' })
  litigationRisk!: LitigationRisk;

  @Column({ type: 'date' })
  openedOn!: string;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  /** The stage the case was closed from: the steps after it were never reached. */
  @Column({ type: 'text', nullable: true })
  closedFrom!: CaseStage | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false, update: false })
  totalOutstandingFen!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false, update: false })
  totalOverdueFen!: number;

  /** The open debts' amounts per currency, kept beside the totals by refreshCaseTotals. */
  @Column({ type: 'jsonb', insert: false, update: false })
  totalsByCurrency!: Partial<Record<Currency, { outstandingFen: number; overdueFen: number }>>;

  /** Kept by PostgreSQL from totalsByCurrency, for the list's sort by what is owed. */
  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false, update: false, select: false })
  outstandingCnyFen!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false, update: false, select: false })
  outstandingTwdFen!: number;

  @Column({ type: 'date', nullable: true, insert: false, update: false })
  earliestOverdueSince!: string | null;

  @Column({ type: 'integer', insert: false, update: false })
  openDebtCount!: number;

  @Column({ type: 'timestamptz', insert: false })
  lastActivityAt!: Date;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}

export { bigintAsNumber };
