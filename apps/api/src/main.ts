import 'reflect-metadata';
import {
  APP_CONFIG,
  ConfigError,
  configureHttpApp,
  drainOnSignals,
  parseConfig,
  type AppConfig,
} from '@accord/server-core';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  try {
    parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  await configureHttpApp(app, config);
  drainOnSignals(app, config.SHUTDOWN_GRACE_MS, app.get(Logger));
  await app.listen(config.PORT);
}

void bootstrap();
