import { APP_CONFIG, Clock, QueueName, type AppConfig } from '@accord/server-core';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

export const FIRE_REMINDER = 'fire';

export interface FireReminderPayload {
  reminderId: string;
}

/**
 * Puts reminder rows on the queue: a delayed job per row whose id is the row's id, so enqueueing twice
 * is harmless. Moving a reminder moves its delayed job; a cancelled one's job is removed (and would do
 * nothing if it ran: the processor reads the row).
 */
@Injectable()
export class ReminderQueue {
  private readonly logger = new Logger(ReminderQueue.name);

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  jobOptions(reminderId: string, dueAt: Date): JobsOptions {
    return {
      jobId: reminderId,
      delay: Math.max(0, dueAt.getTime() - this.clock.now().getTime()),
      attempts: this.config.REMINDER_MAX_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.REMINDER_RETRY_DELAY_MS },
      // Gone once done, so a reminder moved after it fired can be queued again under the same id.
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    };
  }

  /** Brings the queue in line with the rows; failures are logged and left to the reconciler. */
  async sync(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    try {
      const rows: { id: string; status: string; due_at: Date }[] = await this.db.query(
        `SELECT id, status, due_at FROM reminders WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      for (const row of rows) await this.syncOne(row.id, row.status, row.due_at);
    } catch (error) {
      this.logger.warn({ err: error, count: ids.length }, 'reminders not queued now; the reconciler will');
    }
  }

  private async syncOne(id: string, status: string, dueAt: Date): Promise<void> {
    const job = await this.queue.getJob(id);
    if (status !== 'scheduled') {
      if (job && (await job.isDelayed())) await job.remove();
      return;
    }
    if (!job) {
      await this.queue.add(
        FIRE_REMINDER,
        { reminderId: id } satisfies FireReminderPayload,
        this.jobOptions(id, dueAt),
      );
      return;
    }
    if (await job.isDelayed()) {
      await job.changeDelay(Math.max(0, dueAt.getTime() - this.clock.now().getTime()));
    }
    // A job waiting or running re-reads the row; a later due time puts it back to sleep there.
  }

  /** Adds jobs for rows in bulk (the reconciler); ids already queued are left as they are. */
  async addMissing(rows: readonly { id: string; due_at: Date }[]): Promise<number> {
    if (!rows.length) return 0;
    const added = await this.queue.addBulk(
      rows.map((r) => ({
        name: FIRE_REMINDER,
        data: { reminderId: r.id } satisfies FireReminderPayload,
        opts: this.jobOptions(r.id, r.due_at),
      })),
    );
    return added.length;
  }

  get raw(): Queue {
    return this.queue;
  }
}
