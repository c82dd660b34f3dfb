import { bootstrapHttpApp, createTestDatabase, setTestEnv, type TestDatabase } from '@accord/server-testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { QueueName } from '@accord/server-core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
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
});
