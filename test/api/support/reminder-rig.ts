import { Clock, ManualClock, QueueName } from '@accord/server-core';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, afterEach } from 'vitest';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { useApiApp, type ApiTestContext } from './api-app';

export interface ReminderRig {
  api: ApiTestContext;
  clock: ManualClock;
  db: () => DataSource;
  queue: () => Queue;
  /** Starts the worker (again): a fresh Nest context, as a restarted process would be. */
  startWorker: () => Promise<TestingModule>;
  stopWorker: () => Promise<void>;
  worker: () => TestingModule;
}

/**
 * Where the rig's clock starts: real time, or the instant in ACCORD_TEST_CLOCK (ISO 8601 with an
 * offset), so the suites can be played at any hour of any date (test/clock-matrix.mjs does).
 */
export function testClockOrigin(): Date | undefined {
  const given = process.env.ACCORD_TEST_CLOCK;
  if (!given) return undefined;
  const origin = new Date(given);
  if (!/[zZ]|[+-]\d\d:\d\d$/.test(given) || Number.isNaN(origin.getTime()))
    throw new Error(`ACCORD_TEST_CLOCK must be an ISO 8601 instant with an offset, not "${given}"`);
  return origin;
}

/**
 * The API and the worker side by side on one database and queue backend, sharing one manual clock
 * (real time, or ACCORD_TEST_CLOCK's, unless a test moves it): both sides agree on "now", so quiet
 * hours are tested without sleeping, and every test starts back on the rig's own time.
 */
export function useReminderRig(
  label: string,
  backend: 'redis' | 'postgres',
  overrides: () => Record<string, string> = () => ({}),
): ReminderRig {
  const clock = new ManualClock(testClockOrigin());
  const api = useApiApp(
    label,
    () => ({
      REMINDER_RETRY_DELAY_MS: '100',
      REMINDER_MAX_ATTEMPTS: '3',
      REMINDER_LOCK_MS: '2000',
      REMINDER_RECONCILE_SECONDS: '3600',
      ...overrides(),
    }),
    { queue: backend, clock },
  );
  let worker: TestingModule | null = null;
  const rig: ReminderRig = {
    api,
    clock,
    db: () => api.app.get(DataSource),
    queue: () => api.app.get<Queue>(getQueueToken(QueueName.Reminders)),
    startWorker: async () => {
      worker = await Test.createTestingModule({ imports: [WorkerModule] })
        .overrideProvider(Clock)
        .useValue(clock)
        .compile();
      worker.useLogger(false);
      await worker.init();
      return worker;
    },
    stopWorker: async () => {
      await worker?.close();
      worker = null;
    },
    worker: () => {
      if (!worker) throw new Error('the worker is not running');
      return worker;
    },
  };
  // A test that fails while the clock is moved must not leave the next tests at its hour.
  afterEach(() => clock.reset());
  afterAll(() => rig.stopWorker());
  return rig;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
