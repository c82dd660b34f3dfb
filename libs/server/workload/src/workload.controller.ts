import { ANY_SIGNED_IN, CurrentUser, Roles, type Principal } from '@accord/server-core';
import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { AssignmentSuggestionService } from './assignment-suggestion.service';
import { OfficerDayService } from './officer-day.service';
import { workloadToCsv } from './report-csv';
import { attachment, ReportExportQuery, ReportQuery } from './report-scope';
import { TeamWorkloadService } from './team-workload.service';

class SuggestionQuery {
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

@ApiTags('workload')
@ApiBearerAuth()
@Controller()
export class WorkloadController {
  constructor(
    private readonly day: OfficerDayService,
    private readonly team: TeamWorkloadService,
    private readonly assignment: AssignmentSuggestionService,
  ) {}

  /** What to do today on my own open cases, read as of now. */
  @Get('me/today')
  @Roles(...ANY_SIGNED_IN)
  today(@CurrentUser() principal: Principal) {
    return this.day.today(principal);
  }

  /** Each officer's load and the totals: managers their team, admins the firm or one team. */
  @Get('workload')
  @Roles('manager', 'admin')
  workload(@CurrentUser() principal: Principal, @Query() query: ReportQuery) {
    return this.team.workload(principal, query);
  }

  /** The same figures as a spreadsheet: one row per officer and the totals. */
  @Get('workload/export')
  @Roles('manager', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async exportWorkload(
    @CurrentUser() principal: Principal,
    @Query() { locale = 'zh-TW', ...query }: ReportExportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.team.workload(principal, query);
    attachment(response, 'workload', report.period.to);
    return workloadToCsv(report, locale);
  }

  /** The officer of the team with the lowest weighted open load: whom to give the next case to. */
  @Get('workload/suggested-officer')
  @Roles('manager', 'admin')
  suggestedOfficer(@CurrentUser() principal: Principal, @Query() query: SuggestionQuery) {
    return this.assignment.suggest(principal, query.teamId);
  }
}
