import { ApiProperty } from '@nestjs/swagger';
import { HealthIndicatorsView } from './health-indicators.view';

/**
 * Terminus's answer when every indicator asked is up. When one is down the answer is a 503 in the error
 * envelope, with this same shape (the down ones under `error`, with a `message`) as its `details`.
 */
export class HealthCheckView {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  /** The indicators that are up: all of them. */
  info!: HealthIndicatorsView;
  /** The indicators that are down: none (an empty object). */
  error!: HealthIndicatorsView;
  details!: HealthIndicatorsView;
}
