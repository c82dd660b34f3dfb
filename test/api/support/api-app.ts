import {
  bootstrapHttpApp,
  createTestDatabase,
  createUser,
  setTestEnv,
  signIn,
  type TestDatabase,
  type TestUser,
} from '@accord/server-testing';
import type { Role } from '@accord/contracts';
import type { INestApplication } from '@nestjs/common';
import { QueueName, type Clock } from '@accord/server-core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { AppModule } from '../../../apps/api/src/app.module';

export interface ApiTestContext {
  app: INestApplication;
  database: TestDatabase;
  http: () => ReturnType<typeof request>;
}

/** The real API on a database of this file's own, booted before the file's tests and torn down after. */
export function useApiApp(
  label: string,
  overrides: Record<string, string> | (() => Record<string, string>) = {},
  options: { queue?: 'redis' | 'postgres'; clock?: Clock } = {},
): ApiTestContext {
  const context = { http: () => request(context.app.getHttpServer()) } as ApiTestContext;
  beforeAll(async () => {
    context.database = await createTestDatabase(label);
    setTestEnv({
      databaseUrl: context.database.url,
      overrides: typeof overrides === 'function' ? overrides() : overrides,
      queue: options.queue,
    });
    context.app = await bootstrapHttpApp(AppModule, { clock: options.clock });
  });
  afterAll(async () => {
    // Jobs this file's API queued (reminders for its causes) go with it, so Redis keeps no test leftovers.
    for (const name of Object.values(QueueName)) {
      await context.app
        ?.get<Queue>(getQueueToken(name))
        .obliterate({ force: true })
        .catch(() => undefined);
    }
    await context.app?.close();
    await context.database?.drop();
  });
  return context;
}

/** A user of the given role, already signed in. */
export async function signedIn(
  context: ApiTestContext,
  role: Role,
  fields: Parameters<typeof createUser>[1] extends infer F ? Omit<F & object, 'role'> : never = {},
): Promise<{ user: TestUser; token: string }> {
  const user = await createUser(context.app, { ...fields, role });
  return { user, token: await signIn(context.app, user.email) };
}
