import { CREDIT_ENTRY_STATUSES, CREDITOR_PRODUCTS, MARKETS } from '@accord/contracts';
import type { CreditEntryStatus, CreditorProduct, Market } from '@accord/contracts';
import { IsCalendarDate } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** One account as the client's credit report shows it, read by the officer. */
export class CreateCreditEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  /** The case's debt this account is, when it is one. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  debtId?: string | null;

  /** The credit report on the case's checklist it was read from. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  reportFileId?: string | null;

  /** CN: the People's Bank of China credit reference centre; TW: 聯徵 (its display rule named as data). */
  @ApiProperty({ enum: MARKETS })
  @IsIn(MARKETS)
  market!: Market;

  @ApiProperty({ example: '招商銀行' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  institution!: string;

  @ApiPropertyOptional({ type: String, pattern: '^[0-9]{4}$', nullable: true, example: '4821' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/)
  accountLast4?: string | null;

  @ApiProperty({ enum: CREDITOR_PRODUCTS })
  @IsIn(CREDITOR_PRODUCTS)
  product!: CreditorProduct;

  @ApiProperty({ enum: CREDIT_ENTRY_STATUSES })
  @IsIn(CREDIT_ENTRY_STATUSES)
  status!: CreditEntryStatus;

  /** The overdue amount the report shows, in fen of the market's currency. */
  @ApiProperty({ example: 860000 })
  @IsInt()
  @Min(0)
  overdueFen!: number;

  /** The day the account first went overdue. */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-03-10' })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  defaultStartedOn?: string | null;

  /** The day the overdue amount was fully repaid (the end of the default). */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-02-15' })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  repaidOn?: string | null;

  /** Taiwan entries: the agency's display rule (GET /api/credit-display-rules); none for mainland ones. */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'jcic_card_late' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  displayRuleCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateCreditEntryDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  debtId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  reportFileId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  institution?: string;

  @ApiPropertyOptional({ type: String, pattern: '^[0-9]{4}$', nullable: true })
  @IsOptional()
  @Matches(/^[0-9]{4}$/)
  accountLast4?: string | null;

  @ApiPropertyOptional({ enum: CREDITOR_PRODUCTS })
  @IsOptional()
  @IsIn(CREDITOR_PRODUCTS)
  product?: CreditorProduct;

  @ApiPropertyOptional({ enum: CREDIT_ENTRY_STATUSES })
  @IsOptional()
  @IsIn(CREDIT_ENTRY_STATUSES)
  status?: CreditEntryStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  overdueFen?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  defaultStartedOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  repaidOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  displayRuleCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiProperty({ description: 'the version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}
