import { CsvExportsModule } from '@accord/server-core';
import { RemindersModule } from '@accord/server-reminders';
import { Module } from '@nestjs/common';
import { AssignmentSuggestionService } from './assignment-suggestion.service';
import { CreditDisputeFiguresService } from './credit-dispute-figures.service';
import { CreditorReportService } from './creditor-report.service';
import { OfficerDayService } from './officer-day.service';
import { TeamWorkloadService } from './team-workload.service';
import { ReportsController } from './reports.controller';
import { WorkloadController } from './workload.controller';

/** The officer's day, the manager's view of the team's workload, and the reports on creditors. */
@Module({
  imports: [RemindersModule, CsvExportsModule],
  controllers: [WorkloadController, ReportsController],
  providers: [
    OfficerDayService,
    TeamWorkloadService,
    AssignmentSuggestionService,
    CreditorReportService,
    CreditDisputeFiguresService,
  ],
})
export class WorkloadModule {}
