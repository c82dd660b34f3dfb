import {
  ANY_SIGNED_IN,
  CsvExports,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { AssignmentSuggestionService } from './assignment-suggestion.service';
import { OfficerDayService } from './officer-day.service';
import { workloadTable } from './report-csv';
import { reportFilters, ReportExportQuery, ReportQuery } from './report-scope';
import { TeamWorkloadService } from './team-workload.service';
import type { AssignmentSuggestion } from './views/assignment-suggestion.view';
import type { OfficerDay } from './views/officer-day.view';
import type { WorkloadReportView } from './views/workload-report.view';

class SuggestionQuery {
  @ApiPropertyOptional({ description: 'the team to suggest from (managers: their own; admins: any)' })
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
    private readonly exports: CsvExports,
  ) {}

  /** What to do today on my own open cases, read as of now. */
  @Get('me/today')
  @Roles(...ANY_SIGNED_IN)
  today(@CurrentUser() principal: Principal): Promise<OfficerDay> {
    return this.day.today(principal);
  }

  /** Each officer's load and the totals: managers their team, admins the firm or one team. */
  @Get('workload')
  @Roles('manager', 'admin')
  workload(@CurrentUser() principal: Principal, @Query() query: ReportQuery): Promise<WorkloadReportView> {
    return this.team.workload(principal, query);
  }

  /** The same figures as a spreadsheet: one row per officer and the totals. */
  @Get('workload/export')
  @Roles('manager', 'admin')
  @ApiProduces('text/csv')
  exportWorkload(
    @CurrentUser() principal: Principal,
    @Query() { locale = 'zh-TW', ...query }: ReportExportQuery,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.exports.send({ principal, context, response }, 'workload.exported', async () => {
      const report = await this.team.workload(principal, query);
      return {
        name: `workload-${report.period.to}`,
        filters: reportFilters(report, locale),
        ...workloadTable(report, locale),
      };
    });
  }

  /** The officer of the team with the lowest weighted open load: whom to give the next case to. */
  @Get('workload/suggested-officer')
  @Roles('manager', 'admin')
  suggestedOfficer(
    @CurrentUser() principal: Principal,
    @Query() query: SuggestionQuery,
  ): Promise<AssignmentSuggestion> {
    return this.assignment.suggest(principal, query.teamId);
  }
}
