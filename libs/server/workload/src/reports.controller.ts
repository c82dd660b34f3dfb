import { CurrentUser, Roles, type Principal } from '@accord/server-core';
import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreditorReportService } from './creditor-report.service';
import { creditorReportToCsv } from './report-csv';
import { attachment, ReportExportQuery, ReportQuery } from './report-scope';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly creditors: CreditorReportService) {}

  /** Per creditor: acceptance of each proposal kind, days to agreement, penalty waived. */
  @Get('creditors')
  @Roles('manager', 'admin')
  creditorReport(@CurrentUser() principal: Principal, @Query() query: ReportQuery) {
    return this.creditors.report(principal, query);
  }

  @Get('creditors/export')
  @Roles('manager', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async exportCreditorReport(
    @CurrentUser() principal: Principal,
    @Query() { locale = 'zh-TW', ...query }: ReportExportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.creditors.report(principal, query);
    attachment(response, 'creditor-report', report.period.to);
    return creditorReportToCsv(report, locale);
  }
}
