import { COURT_ATTENDEES, COURT_DEADLINE_OUTCOMES, COURT_EVENT_KINDS } from '@accord/contracts';
import type { CourtAttendee, CourtDeadlineOutcome, CourtEventKind } from '@accord/contracts';
import { IsCalendarDate } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { MAX_COURT_FEN, trim } from './court-matter.dto';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The fields an event carries besides its kind and day; which apply depends on the kind. */
class CourtEventFields {
  /** A sitting's time, firm wall clock (required for hearings and mediation). */
  @ApiPropertyOptional({ type: String, nullable: true, example: '09:30', pattern: TIME.source })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(TIME)
  startsAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  court?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '第三法庭' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  room?: string | null;

  @ApiPropertyOptional({ enum: COURT_ATTENDEES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(COURT_ATTENDEES, { each: true })
  attendees?: CourtAttendee[];

  /** A judgment's or ruling's service on the client (required for them). */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  servedOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 5230000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_COURT_FEN)
  amountFen?: number | null;

  /** A consumption limit or the defaulter list: until when. */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate({ nullable: true })
  untilOn?: string | null;

  /** A deadline on another day than worked out: why (the court's notice says so…). */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  changeReason?: string | null;

  /** The case's documents to attach (the summons, the judgment…). */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  documentIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/**
 * An event of a matter. A summons (or payment order) served brings its answer deadline, and a judgment
 * or ruling its appeal deadline, worked out and recorded with it.
 */
export class CreateCourtEventDto extends CourtEventFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  matterId!: string;

  @ApiProperty({ enum: COURT_EVENT_KINDS })
  @IsIn(COURT_EVENT_KINDS)
  kind!: CourtEventKind;

  /** The day: received, sitting, decided, the deadline's last day, the start of a limit. */
  @ApiProperty({ format: 'date', example: '2026-12-15' })
  @IsCalendarDate()
  occursOn!: string;

  /** A deadline recorded by hand: the summons or decision event it counts from. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  countsFrom?: string | null;
}

export class UpdateCourtEventDto extends CourtEventFields {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  occursOn?: string;
}

/** A deadline met (the answer or appeal filed) or let pass on purpose, with why. */
export class CompleteCourtDeadlineDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  completedOn!: string;

  @ApiProperty({ enum: COURT_DEADLINE_OUTCOMES })
  @IsIn(COURT_DEADLINE_OUTCOMES)
  outcome!: CourtDeadlineOutcome;

  /** Required when the deadline is let pass: the client's decision and why. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
