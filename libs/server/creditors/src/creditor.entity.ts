import type { CreditorLitigationPractice } from '@accord/contracts';
import type { CreditorProduct, PenaltyBase } from '@accord/contracts';
import type { LateFeeRule } from '@accord/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerServiceContact } from './views/customer-service-contact.view';
import { LateFeeRuleView } from './views/late-fee-rule.view';

@Entity({ name: 'creditors' })
export class Creditor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  product!: CreditorProduct;

  @Column({ type: 'text' })
  market!: 'CN' | 'TW';

  @Column({ type: 'jsonb' })
  customerService!: CustomerServiceContact[];

  /** Parts per million a day: 500 = 0.05 %, 350 = 0.035 %. */
  @Column({ type: 'integer' })
  penaltyDailyRatePpm!: number;

  @Column({ type: 'text' })
  penaltyCompounding!: 'none' | 'monthly';

  /** The penalty at most this yearly rate on the base (2400 = 24 % a year). */
  @Column({ type: 'integer', nullable: true })
  penaltyYearlyCapBp!: number | null;

  /** The card late fee on the unpaid minimum, apart from the penalty (it bears no interest). */
  // The domain's union for the code, its one-class mirror for the document.
  @ApiProperty({ type: () => LateFeeRuleView })
  @Column({ type: 'jsonb' })
  lateFee!: LateFeeRule;

  @Column({ type: 'text' })
  penaltyBase!: PenaltyBase;

  @Column({ type: 'integer', nullable: true })
  penaltyCapBp!: number | null;

  /** Read the rule against 4 × the one-year LPR at each debt's contract date (private lending). */
  @Column({ type: 'boolean' })
  checkLprCap!: boolean;

  @Column({ type: 'integer', nullable: true })
  maxInstallmentMonths!: number | null;

  @Column({ type: 'text', nullable: true })
  negotiationNotes!: string | null;

  /** How often the firm has seen this creditor go to court; one of the litigation risk's rules reads it. */
  @Column({ type: 'text' })
  litigationPractice!: CreditorLitigationPractice;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
