import { LOCALES, type Locale, ErrorCode } from '@accord/contracts';
import { addDays, calendarDateIn, daysBetween, zonedInstant } from '@accord/domain';
import { NotFoundError, UnprocessableError, type Principal } from '@accord/server-core';
import { teamExists } from '@accord/server-users';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import type { DataSource } from 'typeorm';

/** Which team a manager's figures cover. */
export class TeamQuery {
  @ApiPropertyOptional({ description: 'admins: one team; managers: their own (the default)' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

/** Which team and which days a manager's report covers. */
export class ReportQuery extends TeamQuery {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD, first day of the period (default: 29 days before `to`)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  from?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, last day of the period (default: today)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  to?: string;
}

export class ReportExportQuery extends ReportQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'language of the header row' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

const MAX_PERIOD_DAYS = 366;

export interface ReportPeriod {
  from: string;
  to: string;
  /** The period's first and last instants in the firm's time zone: [start, end). */
  start: Date;
  end: Date;
  today: string;
}

/** The period asked for (default: the last 30 days to today), running forward and at most a year. */
export function reportPeriod(query: ReportQuery, now: Date, timeZone: string): ReportPeriod {
  const today = calendarDateIn(now, timeZone);
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -29);
  if (from > to || daysBetween(from, to) >= MAX_PERIOD_DAYS)
    throw new UnprocessableError(
      ErrorCode.PeriodInvalid,
      `The period runs forward and lasts at most ${MAX_PERIOD_DAYS} days`,
      { from, to },
    );
  return {
    from,
    to,
    start: zonedInstant(from, '00:00', timeZone),
    end: zonedInstant(addDays(to, 1), '00:00', timeZone),
    today,
  };
}

/** A manager's own team (another team answers 404, as if it did not exist); admins any or all. */
export async function teamInScope(
  db: DataSource,
  principal: Principal,
  teamId: string | undefined,
): Promise<string | null> {
  if (principal.role === 'manager') {
    if (!principal.teamId || (teamId && teamId !== principal.teamId)) throw new NotFoundError('Team');
    return principal.teamId;
  }
  if (!teamId) return null;
  if (!(await teamExists(db, teamId))) throw new NotFoundError('Team');
  return teamId;
}

/** What a report's export covered, for the audit log: the team (null: the firm) and days it was read for. */
export const reportFilters = (
  report: { teamId: string | null; period: { from: string; to: string } },
  locale: Locale,
) => ({ teamId: report.teamId, from: report.period.from, to: report.period.to, locale });
