import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthCoreModule } from './auth/auth-core.module';
import { ClockModule } from './clock/clock';
import { ConfigModule } from './config/config.module';
import { CryptoModule } from './crypto/crypto.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { QueueModule } from './queue/queue.module';
import { StorageModule } from './storage/storage.module';

/** What both the API and the worker stand on: config, logs, database, queues, tokens, audit, document storage. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    AuthCoreModule,
    AuditModule,
    CryptoModule,
    StorageModule,
    ClockModule,
  ],
  exports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    AuthCoreModule,
    AuditModule,
    CryptoModule,
    StorageModule,
    ClockModule,
  ],
})
export class CoreModule {}
