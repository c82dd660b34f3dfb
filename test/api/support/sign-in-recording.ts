import { QueueName } from '@accord/server-core';
import {
  bootstrapHttpApp,
  createTestDatabase,
  createUser,
  setTestEnv,
  signIn,
  type TestDatabase,
} from '@accord/server-testing';
import { RECORD_SIGN_IN, recordSignInJobId } from '@accord/server-users';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../../apps/api/src/app.module';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The API enqueues a job on sign-in; the worker (a separate Nest context) records the last sign-in. */
export function describeSignInRecording(backend: 'redis' | 'postgres'): { queuePrefix: () => string } {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let prefix = '';

  beforeAll(async () => {
    database = await createTestDatabase(`worker_${backend}`);
    prefix = setTestEnv({ databaseUrl: database.url, queue: backend }).queuePrefix;
    api = await bootstrapHttpApp(AppModule);
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  const lastSignIn = async (userId: string): Promise<Date | null> => {
    const [row] = await api
      .get(DataSource)
      .query(`SELECT last_sign_in_at FROM users WHERE id = $1`, [userId]);
    return row.last_sign_in_at;
  };

  describe(`worker on the ${backend} queue backend`, () => {
    it('records the last sign-in asynchronously', async () => {
      const user = await createUser(api, { role: 'officer' });
      expect(await lastSignIn(user.id)).toBeNull();
      const before = Date.now();
      await signIn(api, user.email);
      const recorded = await waitFor(async () => (await lastSignIn(user.id)) ?? undefined);
      expect(recorded.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(recorded.getTime()).toBeLessThanOrEqual(Date.now());
      // Each sign-in is its own job (keyed by its audit entry): the next one moves the stamp on.
      await new Promise((r) => setTimeout(r, 20));
      await signIn(api, user.email);
      const again = await waitFor(async () => {
        const stamp = await lastSignIn(user.id);
        return stamp && stamp.getTime() > recorded.getTime() ? stamp : undefined;
      });
      expect(again.getTime()).toBeGreaterThan(recorded.getTime());
      const jobs = await api
        .get<Queue>(getQueueToken(QueueName.Users))
        .getJobs(['completed', 'waiting', 'active']);
      expect(jobs.map((j) => j.id)).not.toContain(recordSignInJobId('undefined'));
    });

    it('runs a job enqueued twice with the same id once, and never moves the stamp backwards', async () => {
      const user = await createUser(api, { role: 'officer' });
      const queue = api.get<Queue>(getQueueToken(QueueName.Users));
      const later = '2026-11-25T09:00:00.000Z';
      const earlier = '2026-11-24T09:00:00.000Z';
      const first = await queue.add(
        RECORD_SIGN_IN,
        { userId: user.id, signedInAt: later },
        { jobId: recordSignInJobId('t1') },
      );
      const second = await queue.add(
        RECORD_SIGN_IN,
        { userId: user.id, signedInAt: earlier },
        { jobId: recordSignInJobId('t1') },
      );
      expect(second.id).toBe(first.id);
      await waitFor(async () => ((await lastSignIn(user.id)) ? true : undefined));
      const stale = await queue.add(
        RECORD_SIGN_IN,
        { userId: user.id, signedInAt: earlier },
        { jobId: recordSignInJobId('t2') },
      );
      await waitFor(async () =>
        (await queue.getJobState(stale.id as string)) === 'completed' ? true : undefined,
      );
      expect((await lastSignIn(user.id))?.toISOString()).toBe(later);
    });
  });

  describe(`firm-wide workload on the ${backend} queue backend`, () => {
    it('is worked out by the worker at start and served, with its age, to the firm-wide view', async () => {
      const taken = await waitFor(async () => {
        const [row] = await api
          .get(DataSource)
          .query(`SELECT taken_at FROM workload_snapshots WHERE scope = 'firm'`);
        return row?.taken_at as Date | undefined;
      });
      const admin = await createUser(api, { role: 'admin' });
      const token = await signIn(api, admin.email);
      const response = await request(api.getHttpServer())
        .get('/api/workload')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(response.body.source).toBe('snapshot');
      expect(new Date(response.body.asOf).getTime()).toBeLessThanOrEqual(taken.getTime());
    });
  });

  return { queuePrefix: () => prefix };
}
