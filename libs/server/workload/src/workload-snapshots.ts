import {
  APP_CONFIG,
  JobSchedulerId,
  JobSchedules,
  QueueName,
  queueConnection,
  type AppConfig,
} from '@accord/server-core';
import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Worker, type Queue } from 'bullmq';
import { SNAPSHOT_EVERY_MS, TeamWorkloadService } from './team-workload.service';

const FIRM_SNAPSHOT = JobSchedulerId.FirmSnapshot;

/** In the worker: the firm-wide workload worked out every minute (and once at start). */
@Injectable()
export class WorkloadSnapshots implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkloadSnapshots.name);
  private worker?: Worker;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Workload) private readonly queue: Queue,
    private readonly workload: TeamWorkloadService,
    private readonly schedules: JobSchedules,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(
      QueueName.Workload,
      async (job) => {
        await this.workload.refreshFirmSnapshot();
        // One line per snapshot: how often the firm-wide view is worked out, by any number of workers.
        this.logger.log({ jobId: job.id }, 'firm workload snapshot worked out');
      },
      {
        ...queueConnection(this.config).options,
        concurrency: 1,
      },
    );
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'workload worker error'));
    // Kept: the reminder maintenance tick puts it back if the queue loses it.
    await this.schedules.keep({
      queue: this.queue,
      id: FIRM_SNAPSHOT,
      repeat: async () => ({ every: SNAPSHOT_EVERY_MS }),
      template: { name: FIRM_SNAPSHOT, opts: { removeOnComplete: 10, removeOnFail: 50 } },
    });
    // And one at once, so a freshly started worker does not leave the firm-wide view waiting a minute.
    await this.queue.add(
      FIRM_SNAPSHOT,
      {},
      { jobId: `${FIRM_SNAPSHOT}-at-start`, removeOnComplete: true, removeOnFail: true },
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
