import 'reflect-metadata';
import { ConfigError, parseConfig } from '@accord/server-core';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

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
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM Nest runs the shutdown hooks: BullMQ workers finish the job in hand, then connections close.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.get(Logger).log('worker started');
}

void bootstrap();
