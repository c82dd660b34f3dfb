import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { QUEUE_BACKEND } from '../queue/queue.module';
import { QueueName } from '../queue/queue-names';

const TIMEOUT_MS = 2000;

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QueueName.Users) private readonly queue: Queue,
    @Inject(QUEUE_BACKEND) private readonly backend: string,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const counts = await Promise.race([
        this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('queue backend did not answer in time')), TIMEOUT_MS);
        }),
      ]);
      return indicator.up({ backend: this.backend, ...counts });
    } catch (error) {
      return indicator.down({ backend: this.backend, message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
