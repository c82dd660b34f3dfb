import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { Public } from '../auth/access.decorators';
import { QueueHealthIndicator } from './queue.health';
import { WorkerHealthIndicator } from './worker.health';
import { HealthCheckView } from './health-check.view';
import { LivenessView } from './liveness.view';

/** Terminus answers 503 unless every indicator is up, so a result it returns is the all-up answer. */
async function allUp(check: Promise<HealthCheckResult>): Promise<HealthCheckView> {
  return (await check) as HealthCheckView;
}

/**
 * Three questions, three answers: is the process alive (restart it if not), can it serve (send it
 * traffic: PostgreSQL answers; a queue-only outage must not take every replica out of the load
 * balancer), and the whole picture for monitoring (queues, reminders late in PostgreSQL, schedulers,
 * the reconciler's last run).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly worker: WorkerHealthIndicator,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency is asked)' })
  live(): LivenessView {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: PostgreSQL answers, so requests can be served (503 otherwise)' })
  ready(): Promise<HealthCheckView> {
    return allUp(this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]));
  }

  @Get()
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary:
      'Detailed status for monitoring: database, queue backend, reminders overdue in PostgreSQL, job schedulers and the last reconcile (503 when any is down)',
  })
  check(): Promise<HealthCheckView> {
    return allUp(
      this.health.check([
        () => this.database.pingCheck('database', { timeout: 2000 }),
        () => this.queue.check('queue'),
        () => this.worker.reminders('reminders'),
        () => this.worker.workers('workers'),
      ]),
    );
  }
}
