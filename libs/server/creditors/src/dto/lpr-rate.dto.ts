import { ErrorCode } from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = { context: { code: ErrorCode.DateInvalid } };
const POSITIVE = { context: { code: ErrorCode.RateNotPositive } };
// 100 % a year: far above any rate ever published, low enough to catch a rate typed in ppm.
const MAX_BP = 10000;

/** The date of a row, in the path: a calendar date or a 400 (never a lookup of garbage). */
export class LprRateParams {
  @ApiProperty({ description: 'the effective date, YYYY-MM-DD' })
  @IsISO8601({ strict: true, strictSeparator: true }, DATE)
  @Length(10, 10, DATE)
  effectiveOn!: string;
}

export class CreateLprRateDto {
  @ApiProperty({ description: 'the day the announcement takes effect, YYYY-MM-DD (one row per date)' })
  @IsISO8601({ strict: true, strictSeparator: true }, DATE)
  @Length(10, 10, DATE)
  effectiveOn!: string;

  @ApiProperty({ description: 'the one-year LPR in basis points: 385 = 3.85 %', example: 385 })
  @IsInt()
  @Min(1, POSITIVE)
  @Max(MAX_BP)
  oneYearBp!: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'the five-year LPR in basis points: 465 = 4.65 %',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1, POSITIVE)
  @Max(MAX_BP)
  fiveYearBp?: number | null;

  @ApiProperty({ description: 'the announcement the figures come from' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  source!: string;
}

/** The date is the row's identity: a wrong date is deleted and added again, never moved. */
export class UpdateLprRateDto extends PartialType(OmitType(CreateLprRateDto, ['effectiveOn'] as const)) {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class LprRateListQueryDto extends ListQueryDto {
  // The date is the only order the table has: a list by rate would mix the years.
  @IsOptional()
  @IsIn(['effectiveOn'])
  sort = 'effectiveOn' as const;
}
