import { calendarDateIn } from '@accord/domain';
import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/**
 * The time, from one place: reminders decide by it (due yet? quiet hours?), so tests can set it
 * instead of sleeping until 08:00.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock tests move by hand: real time, shifted to the instant a test sets, and running on from it.
 * Started at an origin, it runs from there and `reset()` goes back to that run, so a whole suite can be
 * played at 23:30 on a month's last day while PostgreSQL and the queue keep real time.
 */
export class ManualClock extends Clock {
  private readonly baseOffsetMs: number;
  private offsetMs: number;

  constructor(origin?: Date) {
    super();
    this.baseOffsetMs = origin ? origin.getTime() - Date.now() : 0;
    this.offsetMs = this.baseOffsetMs;
  }

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = this.baseOffsetMs;
  }
}

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

@Global()
@Module({ providers: [Clock, FirmDay], exports: [Clock, FirmDay] })
export class ClockModule {}
