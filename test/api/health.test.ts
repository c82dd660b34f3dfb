import { bootstrapHttpApp, createTestDatabase, setTestEnv, type TestDatabase } from '@accord/server-testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { QueueName } from '@accord/server-core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../apps/api/src/app.module';

const apps: INestApplication[] = [];
const databases: TestDatabase[] = [];

async function boot(queue: 'redis' | 'postgres', overrides: Record<string, string> = {}) {
  const database = await createTestDatabase('health');
  databases.push(database);
  setTestEnv({ databaseUrl: database.url, queue, overrides });
  const app = await bootstrapHttpApp(AppModule);
  apps.push(app);
  return { app, database };
}

afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  for (const database of databases) await database.drop();
});

describe('GET /api/health', () => {
  it('reports the database and the Redis queue backend as up', async () => {
    const { app } = await boot('redis');
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details.database.status).toBe('up');
    expect(response.body.details.queue).toMatchObject({ status: 'up', backend: 'redis' });
  });

  it('shows each queue’s depth, failures, and how late the most overdue delayed job is', async () => {
    const { app } = await boot('redis');
    const reminders = app.get<Queue>(getQueueToken(QueueName.Reminders));
    // No worker runs here, so a job delayed by 200 ms is soon overdue.
    await reminders.add('fire', { reminderId: 'x' }, { jobId: 'health-probe', delay: 200 });
    await new Promise((r) => setTimeout(r, 700));
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    const queues = response.body.details.queue.queues;
    expect(queues.users).toMatchObject({ waiting: 0, failed: 0, oldestOverdueDelayedMs: 0 });
    expect(queues.reminders).toMatchObject({ delayed: 1, failed: 0 });
    expect(queues.reminders.oldestOverdueDelayedMs).toBeGreaterThanOrEqual(400);
  });

  it('reports the PostgreSQL queue backend when no Redis is configured', async () => {
    const { app } = await boot('postgres');
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body.details.queue).toMatchObject({ status: 'up', backend: 'postgres' });
  });

  it('answers 503 naming the queue when Redis cannot be reached', async () => {
    const { app } = await boot('redis', { REDIS_URL: 'redis://127.0.0.1:1' });
    const response = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.body.details.queue.status).toBe('down');
    expect(response.body.details.database.status).toBe('up');
  });

  it('answers 503 naming the database when PostgreSQL goes away', async () => {
    const { app, database } = await boot('redis');
    await request(app.getHttpServer()).get('/api/health').expect(200);
    await database.drop();
    const response = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(response.body.details.database.status).toBe('down');
  });

  it('says a reminder late in PostgreSQL is down even when the queue looks empty and healthy', async () => {
    const { app } = await boot('redis');
    const db = app.get(DataSource);
    await db.query(
      `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, due_at, payload)
       VALUES ('follow_up', 'test', gen_random_uuid(), 'officer', 'officer', now() - interval '1 hour', '{}'),
              ('follow_up', 'test', gen_random_uuid(), 'officer', 'officer', now() - interval '5 seconds', '{}')`,
    );
    const response = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(response.body.details.queue.status).toBe('up');
    expect(response.body.details.reminders).toMatchObject({
      status: 'down',
      overdue: 2,
      overdueBeyondGrace: 1,
    });
    // A worker that never ran leaves nothing to miss; one that ran and lost its schedulers is down.
    expect(response.body.details.workers).toMatchObject({ status: 'up', workerSeen: false });
    await db.query(
      `INSERT INTO maintenance_runs (name, started_at, finished_at) VALUES ('reminder-reconcile', now(), now())`,
    );
    const after = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(after.body.details.workers.status).toBe('down');
    expect(after.body.details.workers.schedulersMissing).toEqual([
      'reminder-sweeps/stale-cases',
      'reminder-sweeps/morning-digest',
      'workload/firm-snapshot',
    ]);
    // Readiness asks only PostgreSQL: a load balancer keeps this replica.
    await request(app.getHttpServer()).get('/api/health/ready').expect(200);
  });
});

describe('liveness and readiness', () => {
  it('ready while Redis is down (the API can serve without its queue), live without asking anything', async () => {
    const { app } = await boot('redis', { REDIS_URL: 'redis://127.0.0.1:1' });
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(ready.body.details.database.status).toBe('up');
    expect(ready.body.details.queue).toBeUndefined();
    await request(app.getHttpServer()).get('/api/health/live').expect(200, { status: 'ok' });
  });

  it('not ready without PostgreSQL, yet still alive', async () => {
    const { app, database } = await boot('redis');
    await database.drop();
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
    expect(ready.body.details.database.status).toBe('down');
    await request(app.getHttpServer()).get('/api/health/live').expect(200, { status: 'ok' });
  });
});
