import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { QueueBoardController } from '../queue/queue-board';
import { QueueHealthIndicator } from './queue.health';
import { WorkerHealthIndicator } from './worker.health';

/** What operations look at: health (database, queues) and, for admins, the queue board. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, QueueBoardController],
  providers: [QueueHealthIndicator, WorkerHealthIndicator],
})
export class HealthModule {}
