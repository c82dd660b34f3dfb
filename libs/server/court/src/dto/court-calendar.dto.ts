import { IsCalendarDate } from '@accord/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from './court-matter.dto';

/** A day off for the courts (a holiday) or a weekend day they work (a make-up day). */
export class PutCourtCalendarDayDto {
  @ApiProperty({ example: false })
  @IsBoolean()
  working!: boolean;

  @ApiProperty({ example: '國慶日' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;
}

export class CourtCalendarQueryDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class CourtDayParam {
  @IsCalendarDate()
  day!: string;
}

export class CourtAgendaQueryDto {
  /** How many days ahead, from the firm's today (1–60, default 7). */
  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number;
}
