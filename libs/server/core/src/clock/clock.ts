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

/** A clock tests move by hand: real time, shifted to the instant a test sets, and running on from it. */
export class ManualClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
