import { calendarDateIn } from '@accord/domain';
import { APP_CONFIG, Clock, type AppConfig } from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';

/** The firm's calendar day now, from the injected clock (tests move it). */
@Injectable()
export class CourtDay {
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
