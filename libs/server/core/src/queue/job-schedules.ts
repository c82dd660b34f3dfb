import { Injectable } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';
import type { JobSchedulerId } from './queue-names';

export interface KeptSchedule {
  queue: Queue;
  id: JobSchedulerId;
  /** Read on every check, so a schedule that follows a setting (the digest time) moves with it. */
  repeat: () => Promise<Omit<RepeatOptions, 'key'>>;
  template: { name: string; opts?: JobSchedulerTemplateOptions };
}

/**
 * The job schedulers of this worker. They live in the queue, which may lose everything (a Redis
 * flushed or restarted without its append-only file), so the worker's maintenance tick, whose timer is
 * not in the queue, puts back whichever is missing or out of date.
 */
@Injectable()
export class JobSchedules {
  private readonly kept: KeptSchedule[] = [];

  async keep(schedule: KeptSchedule): Promise<void> {
    this.kept.push(schedule);
    await this.write(schedule, await schedule.repeat());
  }

  /** Writes each kept schedule the queue lacks or holds with other timing; returns those written. */
  async restore(): Promise<string[]> {
    const written: string[] = [];
    for (const schedule of this.kept) {
      const wanted = await schedule.repeat();
      const current = await schedule.queue.getJobScheduler(schedule.id);
      const same =
        current &&
        current.pattern === wanted.pattern &&
        current.every === wanted.every &&
        (current.tz ?? undefined) === (wanted.tz ?? undefined);
      if (same) continue;
      await this.write(schedule, wanted);
      written.push(`${schedule.queue.name}/${schedule.id}`);
    }
    return written;
  }

  private write(schedule: KeptSchedule, repeat: Omit<RepeatOptions, 'key'>) {
    return schedule.queue.upsertJobScheduler(schedule.id, repeat, schedule.template);
  }
}
