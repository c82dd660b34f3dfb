import { CREDIT_DISPUTE_GROUNDS, CREDIT_DISPUTE_OUTCOMES, CREDIT_DISPUTE_VENUES } from '@accord/contracts';
import type { CreditDisputeGround, CreditDisputeOutcome, CreditDisputeVenue } from '@accord/contracts';
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
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A dispute being prepared on a credit report entry: grounds, what is wrong, where it goes, the evidence. */
export class CreateCreditDisputeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entryId!: string;

  @ApiProperty({ enum: CREDIT_DISPUTE_GROUNDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsIn(CREDIT_DISPUTE_GROUNDS, { each: true })
  grounds!: CreditDisputeGround[];

  /** What is wrong, in the words the application will carry. */
  @ApiProperty({ example: '該筆逾期已於 2026-02-15 全數清償，報告仍顯示逾期中。' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  explanation!: string;

  @ApiProperty({ enum: CREDIT_DISPUTE_VENUES })
  @IsIn(CREDIT_DISPUTE_VENUES)
  venue!: CreditDisputeVenue;

  /** The case's files that prove it (a repayment receipt, the creditor's letter…). */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[];
}

export class UpdateCreditDisputeDto {
  @ApiPropertyOptional({ enum: CREDIT_DISPUTE_GROUNDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsIn(CREDIT_DISPUTE_GROUNDS, { each: true })
  grounds?: CreditDisputeGround[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  explanation?: string;

  @ApiPropertyOptional({ enum: CREDIT_DISPUTE_VENUES })
  @IsOptional()
  @IsIn(CREDIT_DISPUTE_VENUES)
  venue?: CreditDisputeVenue;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[];

  @ApiProperty({ description: 'the version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class FileCreditDisputeDto {
  /** The day it was filed; the answer is due 20 days later. Not after today (DATE_IN_FUTURE). */
  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @IsCalendarDate()
  filedOn!: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class AnswerCreditDisputeDto {
  /** The day the written answer arrived: on or after the filing (ANSWER_BEFORE_FILING), not after today. */
  @ApiProperty({ format: 'date', example: '2026-12-18' })
  @IsCalendarDate()
  answeredOn!: string;

  @ApiProperty({ enum: CREDIT_DISPUTE_OUTCOMES })
  @IsIn(CREDIT_DISPUTE_OUTCOMES)
  outcome!: CreditDisputeOutcome;

  /** The answer letter, uploaded to the case's documents. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  answerFileId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  answerNote?: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class WithdrawCreditDisputeDto {
  @ApiProperty({ example: '客戶決定不再申請' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class NothingToDisputeDto {
  /** Why nothing on the report is wrong (every record is true and shown for its period). */
  @ApiProperty({ example: '報告所列逾期紀錄均屬實，無可申請異議之處。' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason!: string;
}
