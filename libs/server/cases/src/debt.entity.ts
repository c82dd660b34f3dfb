import type { Currency, DebtStatus } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from './case.entity';

@Entity({ name: 'debts' })
export class Debt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  creditorId!: string;

  @Column({ type: 'text', nullable: true })
  accountReferenceMasked!: string | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  principalFen!: number;

  /** The minimum payment left unpaid (a card's), on which its late fee is charged; null when none. */
  @Column({ type: 'bigint', transformer: bigintAsNumber, nullable: true })
  minimumDueFen!: number | null;

  /** Why the principal is above what is outstanding, when it is (the officer says so). */
  @Column({ type: 'text', nullable: true })
  principalNote!: string | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  outstandingFen!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  overdueFen!: number;

  /** From the creditor's market unless an admin set it: every amount of this debt is in it. */
  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ type: 'date', nullable: true })
  overdueSince!: string | null;

  /** The day the loan or card contract was signed: the LPR of that day draws the 4 × LPR line. */
  @Column({ type: 'date', nullable: true })
  contractDate!: string | null;

  @Column({ type: 'text' })
  status!: DebtStatus;

  @Column({ type: 'text', nullable: true })
  excludedReason!: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
