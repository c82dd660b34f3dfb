import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One LPR announcement (貸款市場報價利率), in force from its date until the next row: admin-kept reference
 * data the 4 × LPR check reads at each debt's contract date.
 */
@Entity({ name: 'lpr_rates' })
export class LprRate {
  @PrimaryColumn({ type: 'date' })
  effectiveOn!: string;

  /** The one-year rate in basis points: 385 = 3.85 %. The line courts draw is 4 × this. */
  @Column({ type: 'integer' })
  oneYearBp!: number;

  /** The five-year-and-over rate (mortgages), kept for completeness; nothing reads it yet. */
  @Column({ type: 'integer', nullable: true })
  fiveYearBp!: number | null;

  /** The announcement the figures come from. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
