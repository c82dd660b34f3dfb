import { CURRENCIES, ErrorCode, type Currency } from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateLivingMinimumDto {
  @ApiProperty({ description: 'the region, e.g. 上海市 or 臺北市' })
  @Transform(trim)
  @IsString({ context: { code: ErrorCode.RegionMissing } })
  @Length(1, 100, { context: { code: ErrorCode.RegionMissing } })
  region!: string;

  @ApiProperty({ enum: CURRENCIES })
  @IsIn(CURRENCIES, { context: { code: ErrorCode.CurrencyUnknown } })
  currency!: Currency;

  @ApiProperty({ description: 'fen (of the currency) a person a month' })
  @IsInt()
  @Min(0, { context: { code: ErrorCode.AmountNegative } })
  @Max(100_000_000)
  monthlyFenPerPerson!: number;

  @ApiProperty({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  @Length(10, 10)
  effectiveFrom!: string;

  @ApiProperty({ description: 'the notice that sets the figure' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  source!: string;
}

export class UpdateLivingMinimumDto extends PartialType(CreateLivingMinimumDto) {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class LivingMinimumListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['region', 'effectiveFrom', 'currency'])
  sort: 'region' | 'effectiveFrom' | 'currency' = 'region';

  @ApiPropertyOptional({ enum: CURRENCIES })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;
}
