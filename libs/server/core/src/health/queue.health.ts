import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { QUEUE_BACKEND } from '../queue/queue.module';
import { QueueName } from '../queue/queue-names';
import { queueAnswer } from './queue-answer';

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QueueName.Users) private readonly queue: Queue,
    @InjectQueue(QueueName.Reminders) private readonly reminders: Queue,
    @Inject(QUEUE_BACKEND) private readonly backend: string,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const [users, reminders] = await queueAnswer(
        Promise.all([this.counts(this.queue), this.counts(this.reminders)]),
      );
      return indicator.up({ backend: this.backend, ...users, queues: { users, reminders } });
    } catch (error) {
      return indicator.down({ backend: this.backend, message: (error as Error).message });
    }
  }

  /**
   * Depth and failures of a queue, and how late its most overdue delayed job is: a delayed job past its
   * time means no worker is promoting jobs (none running, or all stuck).
   */
  private async counts(queue: Queue) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    const [next] = await queue.getDelayed(0, 0);
    const overdueMs = next ? Math.max(0, Date.now() - (next.timestamp + next.delay)) : 0;
    return { ...counts, oldestOverdueDelayedMs: overdueMs };
  }
}
