import {
  APP_CONFIG,
  JobSchedules,
  MaintenanceRunName,
  MaintenanceRuns,
  type AppConfig,
} from '@accord/server-core';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ReminderReconciler } from './reminder-reconciler';

const RECONCILE_RUN = MaintenanceRunName.ReminderReconcile;

/**
 * The repair of a queue that lost its jobs: every REMINDER_RECONCILE_SECONDS, on a plain timer of this
 * process (a timer kept in the queue would be lost with it), one worker of however many claims the
 * interval in PostgreSQL, puts back the job schedulers the queue lacks and re-queues every scheduled
 * reminder. At start a worker does it at once, claimed or not.
 */
@Injectable()
export class ReminderMaintenance implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderMaintenance.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reconciler: ReminderReconciler,
    private readonly schedules: JobSchedules,
    private readonly runs: MaintenanceRuns,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runs.begin(RECONCILE_RUN);
    await this.repair();
    const intervalMs = this.config.REMINDER_RECONCILE_SECONDS * 1000;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick(intervalMs).finally(() => (this.running = undefined));
    }, intervalMs);
  }

  /** One interval's turn, if this worker wins it; a failure is logged and the next tick tries again. */
  async tick(intervalMs = this.config.REMINDER_RECONCILE_SECONDS * 1000): Promise<void> {
    try {
      if (await this.runs.claim(RECONCILE_RUN, intervalMs)) await this.repair();
    } catch (error) {
      this.logger.error({ err: error }, 'reminder maintenance failed; the next tick tries again');
    }
  }

  private async repair(): Promise<void> {
    const restoredSchedulers = await this.schedules.restore();
    if (restoredSchedulers.length)
      this.logger.warn({ schedulers: restoredSchedulers }, 'job schedulers the queue had lost were put back');
    const { scheduled } = await this.reconciler.reconcile();
    await this.runs.finish(RECONCILE_RUN, { scheduled, restoredSchedulers });
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
