import { APP_CONFIG, configureHttpApp, type AppConfig } from '@accord/server-core';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';

/** Boots the real HTTP app with the same global wiring as main.ts, on no port (supertest drives it). */
export async function bootstrapHttpApp(rootModule: Type<unknown>): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [rootModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureHttpApp(app, app.get<AppConfig>(APP_CONFIG));
  await app.init();
  return app;
}
