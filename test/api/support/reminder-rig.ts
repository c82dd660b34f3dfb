import { Clock, ManualClock, QueueName } from '@accord/server-core';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll } from 'vitest';
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
 * The API and the worker side by side on one database and queue backend; the worker's clock is a
 * manual one (real time unless a test moves it), so quiet hours are tested without sleeping.
 */
export function useReminderRig(
  label: string,
  backend: 'redis' | 'postgres',
  overrides: () => Record<string, string> = () => ({}),
): ReminderRig {
  const api = useApiApp(
    label,
    () => ({
      REMINDER_RETRY_DELAY_MS: '100',
      REMINDER_MAX_ATTEMPTS: '3',
      REMINDER_LOCK_MS: '2000',
      REMINDER_RECONCILE_SECONDS: '3600',
      ...overrides(),
    }),
    { queue: backend },
  );
  const clock = new ManualClock();
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
