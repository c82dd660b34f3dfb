import type { Currency } from '@accord/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IncomeLine, OtherDebtLine, SpendingLine } from './views/financial-statement-lines.view';

@Entity({ name: 'financial_statements' })
export class FinancialStatement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'boolean' })
  isCurrent!: boolean;

  /** Every amount of the statement is in it; fixed when it is recorded (see statementCurrency). */
  @Column({ type: 'text' })
  currency!: Currency;

  @Column({ type: 'jsonb' })
  income!: IncomeLine[];

  @Column({ type: 'jsonb' })
  essentialSpending!: SpendingLine[];

  @Column({ type: 'jsonb' })
  otherDebts!: OtherDebtLine[];

  @Column({ type: 'integer' })
  dependants!: number;

  /** The region whose living minimum floors the household's spending; null: no floor applies. */
  @Column({ type: 'uuid', nullable: true })
  livingMinimumId!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
