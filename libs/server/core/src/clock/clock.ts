import { Global, Injectable, Module } from '@nestjs/common';

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

/** A clock tests move by hand. */
export class ManualClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
