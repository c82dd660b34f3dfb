import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CURRENCIES, type Currency } from '@accord/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { IncomeLine, OtherDebtLine, SpendingLine } from '../views/financial-statement-lines.view';

const MAX_MONTHLY_FEN = 1e10;

export class IncomeLineDto implements IncomeLine {
  @ApiProperty({ description: 'where the money comes from, e.g. 薪資', example: '薪資' })
  @IsString()
  @Length(1, 100)
  source!: string;

  @ApiProperty({ description: 'fen a month', minimum: 0, maximum: MAX_MONTHLY_FEN, example: 3200000 })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_FEN)
  amountFen!: number;
}

export class SpendingLineDto implements SpendingLine {
  @ApiProperty({ description: 'what it is spent on, e.g. 房租', example: '房租' })
  @IsString()
  @Length(1, 100)
  category!: string;

  @ApiProperty({ description: 'fen a month', minimum: 0, maximum: MAX_MONTHLY_FEN, example: 1200000 })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_FEN)
  amountFen!: number;
}

export class OtherDebtLineDto implements OtherDebtLine {
  @ApiProperty({ description: 'a lender outside this case', example: '某銀行房貸' })
  @IsString()
  @Length(1, 100)
  lender!: string;

  @ApiProperty({
    description: 'fen a month paid to it',
    minimum: 0,
    maximum: MAX_MONTHLY_FEN,
    example: 500000,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHLY_FEN)
  monthlyPaymentFen!: number;
}

/** A new statement becomes the case's current one; earlier ones are kept as history. */
export class CreateFinancialStatementDto {
  @ApiProperty()
  @IsUUID()
  caseId!: string;

  @ApiProperty({ type: [IncomeLineDto], description: 'monthly income by source, fen' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => IncomeLineDto)
  income!: IncomeLineDto[];

  @ApiProperty({ type: [SpendingLineDto], description: 'monthly essential spending by category, fen' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SpendingLineDto)
  essentialSpending!: SpendingLineDto[];

  @ApiProperty({
    type: [OtherDebtLineDto],
    description: 'debts outside this case and their monthly payments',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OtherDebtLineDto)
  otherDebts!: OtherDebtLineDto[];

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(30)
  dependants!: number;

  @ApiPropertyOptional({
    enum: CURRENCIES,
    description:
      "the statement's currency; needed only when the case's open debts are in two currencies or none (422 STATEMENT_CURRENCY_NEEDED), and one of theirs when there are any (422 STATEMENT_CURRENCY_NOT_OWED)",
  })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "the region's living minimum (GET /api/living-minimums) that floors the household's spending; in the statement's currency (422 LIVING_MINIMUM_CURRENCY_MISMATCH); without one no floor applies",
  })
  @IsOptional()
  @IsUUID()
  livingMinimumId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class FinancialStatementListQuery {
  @IsUUID()
  caseId!: string;
}
