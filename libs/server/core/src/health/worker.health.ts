import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { JOB_SCHEDULERS, MaintenanceRunName, QueueName } from '../queue/queue-names';
import { MaintenanceRuns } from '../queue/maintenance-runs';
import { OVERDUE_REMINDERS, type OverdueReminders } from './overdue-reminders';
import { queueAnswer } from './queue-answer';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';

const RECONCILE_RUN = MaintenanceRunName.ReminderReconcile;

/**
 * What the workers do, seen from PostgreSQL (the truth) rather than the queue: reminders past their
 * time and not sent, the job schedulers the worker keeps, and when the reconciler last finished. A
 * queue that lost everything looks empty and healthy; these do not. The reminders are counted by their
 * feature (OVERDUE_REMINDERS), found when asked: core imports no feature.
 */
@Injectable()
export class WorkerHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runs: MaintenanceRuns,
    private readonly modules: ModuleRef,
  ) {}

  /**
   * Down when a scheduled reminder is later than the reconciler could explain (two intervals and a
   * minute): no worker is sending them.
   */
  async reminders(key: string) {
    const indicator = this.indicators.check(key);
    const graceSeconds = this.config.REMINDER_RECONCILE_SECONDS * 2 + 60;
    let row;
    try {
      row = await this.modules
        .get<OverdueReminders>(OVERDUE_REMINDERS, { strict: false })
        .count(graceSeconds);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
    const details = { ...row, graceSeconds };
    return row.overdueBeyondGrace > 0 ? indicator.down(details) : indicator.up(details);
  }

  /**
   * The job schedulers present in the queue, and the reconciler's last run. Before any worker has run
   * (a fresh install) nothing is missing yet; after, a missing scheduler or a reconciler silent for
   * three intervals is down.
   */
  async workers(key: string) {
    const indicator = this.indicators.check(key);
    const missing: string[] = [];
    let last;
    try {
      last = await this.runs.last(RECONCILE_RUN);
      await queueAnswer(
        (async () => {
          for (const { queue, id } of JOB_SCHEDULERS) {
            const found = await this.queue(queue).getJobScheduler(id);
            if (!found) missing.push(`${queue}/${id}`);
          }
        })(),
      );
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
    const details = {
      workerSeen: Boolean(last),
      schedulersMissing: missing,
      lastReconcileStartedAt: last?.startedAt ?? null,
      lastReconcileFinishedAt: last?.finishedAt ?? null,
      lastReconcile: last?.result ?? null,
    };
    if (!last) return indicator.up(details);
    const silentMs = Date.now() - new Date(last.finishedAt ?? last.startedAt).getTime();
    const late = silentMs > this.config.REMINDER_RECONCILE_SECONDS * 3000;
    return missing.length || late
      ? indicator.down({ ...details, reconcilerLate: late })
      : indicator.up(details);
  }

  private queue(name: QueueName): Queue {
    return this.modules.get<Queue>(getQueueToken(name), { strict: false });
  }
}
