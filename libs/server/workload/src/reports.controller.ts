import {
  CsvExports,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreditDisputeFiguresService } from './credit-dispute-figures.service';
import { CreditorReportService } from './creditor-report.service';
import { creditorReportTable } from './report-csv';
import { reportFilters, ReportExportQuery, ReportQuery, TeamQuery } from './report-scope';
import type { CreditDisputeFiguresView } from './views/credit-dispute-figures.view';
import type { CreditorReportView } from './views/creditor-report.view';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly creditors: CreditorReportService,
    private readonly disputes: CreditDisputeFiguresService,
    private readonly exports: CsvExports,
  ) {}

  /** Credit disputes on the team's cases (admins: a team or the firm): open, due this week, past their 20-day answer. */
  @Get('credit-disputes')
  @Roles('manager', 'admin')
  creditDisputes(
    @CurrentUser() principal: Principal,
    @Query() query: TeamQuery,
  ): Promise<CreditDisputeFiguresView> {
    return this.disputes.figures(principal, query.teamId);
  }

  /** Per creditor: acceptance of each proposal kind, days to agreement, penalty waived. */
  @Get('creditors')
  @Roles('manager', 'admin')
  creditorReport(
    @CurrentUser() principal: Principal,
    @Query() query: ReportQuery,
  ): Promise<CreditorReportView> {
    return this.creditors.report(principal, query);
  }

  /** The creditor report as CSV, with the same period and scope as the report. */
  @Get('creditors/export')
  @Roles('manager', 'admin')
  @ApiProduces('text/csv')
  exportCreditorReport(
    @CurrentUser() principal: Principal,
    @Query() { locale = 'zh-TW', ...query }: ReportExportQuery,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.exports.send({ principal, context, response }, 'creditor_report.exported', async () => {
      const report = await this.creditors.report(principal, query);
      return {
        name: `creditor-report-${report.period.to}`,
        filters: reportFilters(report, locale),
        ...creditorReportTable(report, locale),
      };
    });
  }
}
