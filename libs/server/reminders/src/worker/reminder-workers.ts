import { APP_CONFIG, QueueName, queueConnection, type AppConfig } from '@accord/server-core';
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
import { ReminderReconciler } from './reminder-reconciler';
import { ReminderSweeps } from './reminder-sweeps';

export const RECONCILE = 'reconcile';
export const STALE_CASES = 'stale-cases';
export const MORNING_DIGEST = 'morning-digest';

/**
 * The worker's reminder machinery: a BullMQ worker firing reminders (concurrency and lease from the
 * config, hence built here rather than by decorator), and one running the sweeps the job schedulers
 * start: the reconciler every few minutes, stale cases at 07:00 and digests at the firm's digest time.
 */
@Injectable()
export class ReminderWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.ReminderSweeps) private readonly sweepsQueue: Queue,
    private readonly firing: ReminderFiring,
    private readonly reconciler: ReminderReconciler,
    private readonly sweeps: ReminderSweeps,
    private readonly settings: ReminderSettingsService,
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
    }
    await this.schedule();
    // At start: whatever the queue lost while nobody watched is put back before anything else.
    await this.reconciler.reconcile();
  }

  private async schedule(): Promise<void> {
    const settings = await this.settings.get();
    const [hour, minute] = settings.digestTime.split(':').map(Number);
    await this.sweepsQueue.upsertJobScheduler(
      RECONCILE,
      { every: this.config.REMINDER_RECONCILE_SECONDS * 1000 },
      { name: RECONCILE },
    );
    await this.sweepsQueue.upsertJobScheduler(
      STALE_CASES,
      { pattern: '0 7 * * *', tz: settings.timeZone },
      { name: STALE_CASES },
    );
    await this.sweepsQueue.upsertJobScheduler(
      MORNING_DIGEST,
      { pattern: `${minute} ${hour} * * *`, tz: settings.timeZone },
      { name: MORNING_DIGEST },
    );
  }

  private sweep(name: string): Promise<unknown> {
    switch (name) {
      case RECONCILE:
        // Settings may have moved the digest time since the last run: the schedulers follow.
        return this.schedule().then(() => this.reconciler.reconcile());
      case STALE_CASES:
        return this.sweeps.staleCases();
      case MORNING_DIGEST:
        return this.sweeps.morningDigests();
      default:
        throw new Error(`unknown sweep ${name}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Each worker finishes the job in hand before closing, so a stop never cuts a delivery in half.
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
