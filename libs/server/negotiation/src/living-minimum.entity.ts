import type { Currency } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A region's living minimum (低保 / 最低生活費): the monthly floor per person, kept by admins. */
@Entity({ name: 'living_minimums' })
export class LivingMinimum {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ type: 'integer' })
  monthlyFenPerPerson!: number;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  /** Where the figure comes from (the notice that set it). */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', insert: false })
  updatedAt!: Date;

  @Column({ type: 'integer', insert: false })
  version!: number;
}
