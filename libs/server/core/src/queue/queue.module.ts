import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { queueConnection } from './queue-connection';
import { JobSchedules } from './job-schedules';
import { MaintenanceRuns } from './maintenance-runs';
import { QueueName } from './queue-names';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...queueConnection(config).options,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [
    JobSchedules,
    MaintenanceRuns,
    {
      provide: QUEUE_BACKEND,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.REDIS_URL ? 'redis' : 'postgres'),
    },
  ],
  exports: [BullModule, QUEUE_BACKEND, JobSchedules, MaintenanceRuns],
})
export class QueueModule {}
