import { COURT_MATTER_KINDS, COURT_MATTER_STATUSES } from '@accord/contracts';
import type { CourtMatterKind, CourtMatterStatus } from '@accord/contracts';
import { IsCalendarDate } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** The largest amount a matter or event may name (¥10 trillion in fen): beyond it is a typing error. */
export const MAX_COURT_FEN = 1_000_000_000_000_000;

/** A court matter recorded on a case, linked to the debt(s) it is about. */
export class CreateCourtMatterDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({ enum: COURT_MATTER_KINDS })
  @IsIn(COURT_MATTER_KINDS)
  kind!: CourtMatterKind;

  @ApiProperty({ example: '上海市浦東新區人民法院' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  court!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '(2026)滬0115民初12345號' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  caseNumber?: string | null;

  /** Who brought it: the creditor (or a collector for it), or the client in 更生 / 清算. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '招商銀行信用卡中心' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  claimant?: string | null;

  /** What is claimed, in fen of the debts' currency. */
  @ApiPropertyOptional({ type: Number, nullable: true, example: 5230000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_COURT_FEN)
  claimedFen?: number | null;

  /** The case's debts the matter is about (at least one). */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  debtIds!: string[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateCourtMatterDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: '上海市浦東新區人民法院' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  court?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  caseNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  claimant?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_COURT_FEN)
  claimedFen?: number | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  debtIds?: string[];

  /** Concluded: decided with nothing pending (enforcement may still follow as events). */
  @ApiPropertyOptional({ enum: COURT_MATTER_STATUSES })
  @IsOptional()
  @IsIn(COURT_MATTER_STATUSES)
  status?: CourtMatterStatus;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  concludedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
