import { CURRENCIES, DEBT_STATUSES, type Currency, type DebtStatus } from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const MAX_FEN = 1e13;

export class CreateDebtDto {
  @ApiProperty()
  @IsUUID()
  caseId!: string;

  @ApiProperty()
  @IsUUID()
  creditorId!: string;

  @ApiPropertyOptional({ description: 'the account or card number; only its last four characters are kept' })
  @IsOptional()
  @IsString()
  @Length(4, 40)
  accountReference?: string;

  @ApiProperty({ description: 'fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  principalFen!: number;

  @ApiProperty({ description: 'fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  outstandingFen!: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'why the principal is above what is outstanding (e.g. part of it repaid); without it such a debt is refused (PRINCIPAL_EXCEEDS_OUTSTANDING)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  principalNote?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      "fen: the minimum payment left unpaid (a card's), on which the creditor's late fee is charged",
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  minimumDueFen?: number | null;

  @ApiProperty({ description: 'fen, at most the outstanding amount' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  overdueFen!: number;

  @ApiPropertyOptional({
    enum: CURRENCIES,
    description: "admins only; otherwise it follows the creditor's market (CN → CNY, TW → TWD)",
  })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'the missed due date, YYYY-MM-DD' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10)
  overdueSince?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "the day the loan or card contract was signed, YYYY-MM-DD, not after today (CONTRACT_DATE_IN_FUTURE); the one-year LPR of that day draws the 4 × LPR line when the creditor's checkLprCap is on",
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10)
  contractDate?: string | null;
}

export class UpdateDebtDto extends PartialType(OmitType(CreateDebtDto, ['caseId'] as const)) {
  @IsOptional()
  @IsIn(DEBT_STATUSES)
  status?: DebtStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'required when excluding a debt from the negotiation',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  excludedReason?: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class DebtListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['createdAt', 'outstandingFen', 'overdueSince'])
  sort: 'createdAt' | 'outstandingFen' | 'overdueSince' = 'createdAt';

  @IsOptional()
  @IsUUID()
  caseId?: string;
}
