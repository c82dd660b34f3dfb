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
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Job, type Queue } from 'bullmq';
import { ReminderSettingsService } from '../reminder-settings.service';
import { ReminderFiring } from './reminder-firing';
import { ReminderSweeps } from './reminder-sweeps';

/** The reconciler's scheduler of earlier versions: its timer now lives outside the queue it repairs. */
const FORMER_RECONCILE_SCHEDULER = 'reconcile';
export const STALE_CASES = JobSchedulerId.StaleCases;
export const MORNING_DIGEST = JobSchedulerId.MorningDigest;

/**
 * The worker's reminder machinery: a BullMQ worker firing reminders (concurrency and lease from the
 * config, hence built here rather than by decorator), and one running the sweeps the job schedulers
 * start: stale cases at 07:00 and digests at the firm's digest time. The reconciler runs from
 * ReminderMaintenance's own timer, which also puts these schedulers back when the queue lost them.
 */
@Injectable()
export class ReminderWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.ReminderSweeps) private readonly sweepsQueue: Queue,
    private readonly firing: ReminderFiring,
    private readonly sweeps: ReminderSweeps,
    private readonly settings: ReminderSettingsService,
    private readonly schedules: JobSchedules,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const connection = queueConnection(this.config).options;
    this.workers.push(
      new Worker(QueueName.Reminders, (job: Job, token?: string) => this.firing.process(job, token), {
        ...connection,
        concurrency: this.config.REMINDER_CONCURRENCY,
        lockDuration: this.config.REMINDER_LOCK_MS,
        stalledInterval: this.config.REMINDER_LOCK_MS,
        maxStalledCount: 5,
      }),
      new Worker(QueueName.ReminderSweeps, (job: Job) => this.sweep(job.name), {
        ...connection,
        concurrency: 1,
      }),
    );
    for (const worker of this.workers) {
      worker.on('error', (error) => this.logger.error({ err: error }, 'reminder worker error'));
      worker.on('failed', (job, error) =>
        this.logger.warn({ err: error, jobId: job?.id, attempts: job?.attemptsMade }, 'reminder job failed'),
      );
    }
    await this.sweepsQueue.removeJobScheduler(FORMER_RECONCILE_SCHEDULER).catch(() => false);
    await this.schedules.keep({
      queue: this.sweepsQueue,
      id: STALE_CASES,
      repeat: async () => ({ pattern: '0 7 * * *', tz: (await this.settings.get()).timeZone }),
      template: { name: STALE_CASES },
    });
    await this.schedules.keep({
      queue: this.sweepsQueue,
      id: MORNING_DIGEST,
      // Settings may move the digest time: the maintenance tick re-reads it and the scheduler follows.
      repeat: async () => {
        const settings = await this.settings.get();
        const [hour, minute] = settings.digestTime.split(':').map(Number);
        return { pattern: `${minute} ${hour} * * *`, tz: settings.timeZone };
      },
      template: { name: MORNING_DIGEST },
    });
  }

  private sweep(name: string): Promise<unknown> {
    switch (name) {
      case STALE_CASES:
        return this.sweeps.staleCases();
      case MORNING_DIGEST:
        return this.sweeps.morningDigests();
      case FORMER_RECONCILE_SCHEDULER:
        // Left in a queue by an earlier version: the maintenance timer reconciles now.
        return Promise.resolve({ skipped: true });
      default:
        throw new Error(`unknown sweep ${name}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Each worker finishes the job in hand before closing, so a stop never cuts a delivery in half.
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
