import { CREDITOR_LITIGATION_PRACTICES, type CreditorLitigationPractice } from '@accord/contracts';
import { CREDITOR_PRODUCTS, PENALTY_BASES, type CreditorProduct, type PenaltyBase } from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { CustomerServiceContact } from '../views/customer-service-contact.view';
import type { LateFeeRuleView } from '../views/late-fee-rule.view';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CustomerServiceContactDto implements CustomerServiceContact {
  @ApiProperty({ enum: ['hotline', 'online_chat', 'in_app', 'letter', 'email', 'other'] })
  @IsIn(['hotline', 'online_chat', 'in_app', 'letter', 'email', 'other'])
  channel!: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'email' | 'other';

  @ApiProperty({ description: 'the number, address or place in the app', example: '95188' })
  @IsString()
  @Length(1, 200)
  value!: string;

  @ApiPropertyOptional({ description: 'when it answers, in words', example: '09:00–21:00' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hours?: string;
}

/**
 * A card's late fee: none; a share of the unpaid minimum per statement cycle (shareBp, 500 = 5 %) with a
 * cap per charge in fen; or a fixed amount in fen per cycle.
 */
export class LateFeeDto implements LateFeeRuleView {
  @ApiProperty({ enum: ['none', 'share_of_minimum', 'fixed'] })
  @IsIn(['none', 'share_of_minimum', 'fixed'])
  kind!: 'none' | 'share_of_minimum' | 'fixed';

  @ApiPropertyOptional({ description: 'share_of_minimum: basis points of the unpaid minimum, 500 = 5 %' })
  @ValidateIf((o: LateFeeDto) => o.kind === 'share_of_minimum')
  @IsInt()
  @Min(0)
  @Max(10000)
  shareBp?: number;

  @ApiPropertyOptional({ description: 'fixed: fen per cycle' })
  @ValidateIf((o: LateFeeDto) => o.kind === 'fixed')
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  fen?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'share_of_minimum: at most this many fen per charge',
  })
  @ValidateIf((o: LateFeeDto) => o.kind === 'share_of_minimum' && o.capFen !== null && o.capFen !== undefined)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  capFen?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'charged for at most this many cycles (Taiwan cards: 3)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(120)
  maxCycles?: number | null;
}

export class CreateCreditorDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: CREDITOR_PRODUCTS })
  @IsIn(CREDITOR_PRODUCTS)
  product!: CreditorProduct;

  @ApiPropertyOptional({ enum: ['CN', 'TW'] })
  @IsOptional()
  @IsIn(['CN', 'TW'])
  market?: 'CN' | 'TW';

  @ApiPropertyOptional({ type: [CustomerServiceContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CustomerServiceContactDto)
  customerService?: CustomerServiceContactDto[];

  @ApiProperty({
    description:
      'daily penalty rate in parts per million: 500 = 0.05 % a day, 350 = 0.035 %, 750 = 1.5 × 0.05 %',
    example: 500,
  })
  @IsInt()
  @Min(0)
  @Max(100000)
  penaltyDailyRatePpm!: number;

  @ApiPropertyOptional({
    enum: ['none', 'monthly'],
    description: "'monthly': each 30-day cycle's penalty joins the base",
  })
  @IsOptional()
  @IsIn(['none', 'monthly'])
  penaltyCompounding?: 'none' | 'monthly';

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'the penalty at most this yearly rate on the base, in basis points: 2400 = 24 % a year',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(1000000)
  penaltyYearlyCapBp?: number | null;

  @ApiPropertyOptional({
    type: () => LateFeeDto,
    description: "the card's late fee (違約金), apart from the penalty",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LateFeeDto)
  lateFee?: LateFeeDto;

  @ApiPropertyOptional({ enum: PENALTY_BASES })
  @IsOptional()
  @IsIn(PENALTY_BASES)
  penaltyBase?: PenaltyBase;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'cap of the total penalty as a share of the base, 10000 = 100 %',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(1000000)
  penaltyCapBp?: number | null;

  @ApiPropertyOptional({
    description:
      "read the penalty rule's yearly cost against 4 × the one-year LPR at each debt's contract date (private and online lending); default false",
  })
  @IsOptional()
  @IsBoolean()
  checkLprCap?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(120)
  maxInstallmentMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  negotiationNotes?: string | null;

  /** How often the firm has seen this creditor go to court (unknown by default). */
  @ApiPropertyOptional({ enum: CREDITOR_LITIGATION_PRACTICES })
  @IsOptional()
  @IsIn(CREDITOR_LITIGATION_PRACTICES)
  litigationPractice?: CreditorLitigationPractice;
}

export class UpdateCreditorDto extends PartialType(CreateCreditorDto) {
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class CreditorListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['name', 'product', 'createdAt'])
  sort: 'name' | 'product' | 'createdAt' = 'name';

  @IsOptional()
  @IsIn(CREDITOR_PRODUCTS)
  product?: CreditorProduct;

  @IsOptional()
  @IsIn(['CN', 'TW'])
  market?: 'CN' | 'TW';

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
