import {
  CASE_OUTCOMES,
  CASE_STAGES,
  LOCALES,
  type Locale,
  LITIGATION_RISKS,
  OVERDUE_BUCKETS,
  OVERDUE_REASONS,
  type CaseOutcome,
  type CaseStage,
  type LitigationRisk,
  type OverdueBucket,
  type OverdueReason,
} from '@accord/contracts';
import { ListQueryDto } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class CreateCaseDto {
  @ApiProperty()
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({
    description: 'managers and admins choose the officer; an officer opens cases for themself',
  })
  @IsOptional()
  @IsUUID()
  officerId?: string;

  @ApiProperty({ enum: OVERDUE_REASONS })
  @IsIn(OVERDUE_REASONS)
  overdueReason!: OverdueReason;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  overdueReasonText?: string | null;

  @ApiPropertyOptional({ enum: LITIGATION_RISKS })
  @IsOptional()
  @IsIn(LITIGATION_RISKS)
  litigationRisk?: LitigationRisk;
}

export class UpdateCaseDto {
  @IsOptional()
  @IsIn(OVERDUE_REASONS)
  overdueReason?: OverdueReason;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  overdueReasonText?: string | null;

  @IsOptional()
  @IsIn(LITIGATION_RISKS)
  litigationRisk?: LitigationRisk;

  @ApiPropertyOptional({ enum: CASE_OUTCOMES, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(CASE_OUTCOMES)
  outcome?: CaseOutcome | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  closingNote?: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class TransitionDto {
  @ApiProperty({ enum: CASE_STAGES })
  @IsIn(CASE_STAGES)
  to!: CaseStage;

  @ApiPropertyOptional({
    description:
      'why, kept on the timeline: required for a move back (NEEDS_MOVE_REASON); a forward move needs none; closing gives its closing note',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ enum: CASE_OUTCOMES, description: 'when closing' })
  @IsOptional()
  @IsIn(CASE_OUTCOMES)
  outcome?: CaseOutcome;

  @ApiPropertyOptional({ description: 'when closing' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  closingNote?: string;

  @ApiPropertyOptional({
    description:
      "closing as resolved while a plan is unpaid: a manager's approval, with the reason (kept on the timeline)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  approvalReason?: string;

  @ApiPropertyOptional({ description: 'the version you read; a stale one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Reopening a closed case (managers): back to a stage, with a reason; ended plans stay ended unless named. */
export class ReopenDto {
  @ApiProperty({ enum: CASE_STAGES.filter((s) => s !== 'closed') })
  @IsIn(CASE_STAGES.filter((s) => s !== 'closed'))
  to!: CaseStage;

  @ApiProperty({ description: 'why: kept on the timeline' })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'plans ended by the closing that the manager chooses to resume (their reminders come back); the others stay ended',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  resumePlanIds?: string[];
}

export class ReassignDto {
  @ApiProperty()
  @IsUUID()
  officerId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class BulkReassignDto extends ReassignDto {
  @ApiProperty({ type: [String], maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

export class CaseListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({
    enum: ['openedOn', 'reference', 'totalOutstandingFen', 'lastActivityAt', 'earliestOverdueSince'],
    default: 'openedOn',
  })
  @IsOptional()
  @IsIn(['openedOn', 'reference', 'totalOutstandingFen', 'lastActivityAt', 'earliestOverdueSince'])
  sort: 'openedOn' | 'reference' | 'totalOutstandingFen' | 'lastActivityAt' | 'earliestOverdueSince' =
    'openedOn';

  @ApiPropertyOptional({ enum: CASE_STAGES, enumName: 'CaseStage' })
  @IsOptional()
  @IsIn(CASE_STAGES)
  stage?: CaseStage;

  @ApiPropertyOptional({ format: 'uuid', description: 'the assigned officer (managers and admins)' })
  @IsOptional()
  @IsUUID()
  officerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'cases with a debt owed to this creditor' })
  @IsOptional()
  @IsUUID()
  creditorId?: string;

  @ApiPropertyOptional({
    enum: OVERDUE_BUCKETS,
    enumName: 'OverdueBucket',
    description: 'M1 1–30, M2 31–60, M3 61–90, M3+ over 90 days overdue',
  })
  @IsOptional()
  @IsIn(OVERDUE_BUCKETS)
  overdueBucket?: OverdueBucket;

  @ApiPropertyOptional({ enum: LITIGATION_RISKS, enumName: 'LitigationRisk' })
  @IsOptional()
  @IsIn(LITIGATION_RISKS)
  litigationRisk?: LitigationRisk;
}

export class CaseExportQueryDto extends CaseListQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'language of the header row' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}
