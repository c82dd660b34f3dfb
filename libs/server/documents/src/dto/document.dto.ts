import {
  CREDITOR_PRODUCTS,
  DOCUMENT_KINDS,
  REQUIREMENT_MOVES,
  REQUIREMENT_STATUSES,
  type CreditorProduct,
  type DocumentKind,
  type RequirementMove,
  type RequirementStatus,
} from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
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

/** What the client is asked for, in each of the firm's languages. */
export class TemplateDescriptionsDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  'zh-TW'!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  'zh-CN'!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  en!: string;
}

export class CreateTemplateDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiProperty({ type: TemplateDescriptionsDto })
  @ValidateNested()
  @Type(() => TemplateDescriptionsDto)
  descriptions!: TemplateDescriptionsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ enum: CREDITOR_PRODUCTS, isArray: true, description: 'empty: every case' })
  @IsOptional()
  @IsArray()
  @IsIn(CREDITOR_PRODUCTS, { each: true })
  products?: CreditorProduct[];

  @ApiPropertyOptional({ minimum: 1, maximum: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  dueDays?: number;
}

export class UpdateTemplateDto extends PartialType(OmitType(CreateTemplateDto, ['kind'] as const)) {
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class TemplateListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['kind', 'createdAt'])
  sort: 'kind' | 'createdAt' = 'kind';
}

export class RequirementListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['dueOn', 'kind', 'updatedAt'])
  sort: 'dueOn' | 'kind' | 'updatedAt' = 'dueOn';

  @IsOptional()
  @IsUUID()
  caseId?: string;

  @IsOptional()
  @IsIn(REQUIREMENT_STATUSES)
  status?: RequirementStatus;

  @ApiPropertyOptional({ description: 'only requests past their due date that are still outstanding' })
  @IsOptional()
  @IsIn(['true'])
  overdue?: 'true';
}

export class MoveRequirementDto {
  @ApiProperty({ enum: REQUIREMENT_MOVES })
  @IsIn(REQUIREMENT_MOVES)
  move!: RequirementMove;

  @ApiPropertyOptional({ description: 'required to reject or waive' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}
