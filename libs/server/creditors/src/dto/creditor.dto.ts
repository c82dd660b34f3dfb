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

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CustomerServiceContactDto {
  @IsIn(['hotline', 'online_chat', 'in_app', 'letter', 'email', 'other'])
  channel!: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'email' | 'other';

  @IsString()
  @Length(1, 200)
  value!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  hours?: string;
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

  @ApiProperty({ description: 'daily penalty rate in basis points of a percent: 5 = 0.05 % a day' })
  @IsInt()
  @Min(0)
  @Max(10000)
  penaltyDailyRateBp!: number;

  @ApiPropertyOptional({ enum: PENALTY_BASES })
  @IsOptional()
  @IsIn(PENALTY_BASES)
  penaltyBase?: PenaltyBase;

  @ApiPropertyOptional({
    nullable: true,
    description: 'cap of the total penalty as a share of the base, 10000 = 100 %',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(1000000)
  penaltyCapBp?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(120)
  maxInstallmentMonths?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  negotiationNotes?: string | null;
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
