import { RemindersModule } from '@accord/server-reminders';
import { Module } from '@nestjs/common';
import { AssignmentSuggestionService } from './assignment-suggestion.service';
import { OfficerDayService } from './officer-day.service';
import { TeamWorkloadService } from './team-workload.service';
import { WorkloadController } from './workload.controller';

/** The officer's day and (next) the manager's view of the team's workload. */
@Module({
  imports: [RemindersModule],
  controllers: [WorkloadController],
  providers: [OfficerDayService, TeamWorkloadService, AssignmentSuggestionService],
})
export class WorkloadModule {}
