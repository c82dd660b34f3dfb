import { APP_CONFIG, Clock, configureHttpApp, type AppConfig } from '@accord/server-core';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';

/**
 * Boots the real HTTP app with the same global wiring as main.ts, on no port (supertest drives it).
 * A test clock given here is the API's clock, so the API and a worker sharing it agree on "now".
 */
export async function bootstrapHttpApp(
  rootModule: Type<unknown>,
  options: { clock?: Clock } = {},
): Promise<INestApplication> {
  const builder = Test.createTestingModule({ imports: [rootModule] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  await configureHttpApp(app, app.get<AppConfig>(APP_CONFIG));
  await app.init();
  return app;
}
