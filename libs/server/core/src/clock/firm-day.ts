import { calendarDateIn } from '@accord/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { Clock } from './clock';

/**
 * The firm's calendar day now, in its time zone, from the injected clock: what "today" means to every
 * rule that reads a date (tests move the clock, never the wall).
 */
@Injectable()
export class FirmDay {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return calendarDateIn(this.clock.now(), this.config.FIRM_TIME_ZONE);
  }

  timeZone(): string {
    return this.config.FIRM_TIME_ZONE;
  }
}
