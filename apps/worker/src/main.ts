import 'reflect-metadata';
import { ConfigError, durabilityProblems, parseConfig, readRedisDurability } from '@accord/server-core';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let redisWarning: string | null = null;
  if (config.REDIS_URL) {
    const { fatal, warning } = durabilityProblems(await readRedisDurability(config.REDIS_URL));
    if (fatal) {
      process.stderr.write(`refusing to start: ${fatal}\n`);
      process.exit(1);
    }
    redisWarning = warning;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const logger = app.get(Logger);
  if (redisWarning) logger.warn(redisWarning);
  // Closing the context runs the shutdown hooks: BullMQ workers finish the job in hand (or hand it back
  // when it runs past the lock), then the queue and database connections close; the exit is then clean.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing jobs in hand`);
    await app.close();
    logger.log('worker stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  logger.log('worker started');
}

void bootstrap();
