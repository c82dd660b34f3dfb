import { RemindersWorkerModule } from '@accord/server-reminders';
import { Module } from '@nestjs/common';
import { TeamWorkloadService } from './team-workload.service';
import { WorkloadSnapshots } from './workload-snapshots';

/** The worker's half: the firm-wide workload kept fresh for the firm-wide view. */
@Module({
  imports: [RemindersWorkerModule],
  providers: [TeamWorkloadService, WorkloadSnapshots],
})
export class WorkloadWorkerModule {}
