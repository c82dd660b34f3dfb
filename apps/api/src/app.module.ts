import { APP_CONFIG, CoreModule, HealthModule, OPENAPI_METADATA, type AppConfig } from '@accord/server-core';
import { CasesModule, CasesRemindersModule } from '@accord/server-cases';
import { ClientsModule } from '@accord/server-clients';
import { CreditorsModule } from '@accord/server-creditors';
import { CourtModule, CourtRemindersModule } from '@accord/server-court';
import { CreditRecordModule, CreditRecordRemindersModule } from '@accord/server-credit-record';
import { DocumentsModule, DocumentsRemindersModule } from '@accord/server-documents';
import { NegotiationModule, NegotiationRemindersModule } from '@accord/server-negotiation';
import { RemindersModule } from '@accord/server-reminders';
import { WorkloadModule } from '@accord/server-workload';
import { UsersModule } from '@accord/server-users';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import openApiMetadata from './openapi-metadata.generated';

@Module({
  imports: [
    CoreModule,
    HealthModule,
    UsersModule,
    CreditorsModule,
    ClientsModule,
    CasesModule,
    DocumentsModule,
    NegotiationModule,
    CreditRecordModule,
    CourtModule,
    RemindersModule,
    WorkloadModule,
    // Cases gives reminders the SQL of the cases they hang on (scope, people), as in the worker.
    CasesRemindersModule,
    // The same reminder kinds as the worker's, so what the API writes is what the worker can word.
    NegotiationRemindersModule,
    DocumentsRemindersModule,
    CreditRecordRemindersModule,
    CourtRemindersModule,
    // In production one port serves the built dashboard at / and the API under /api.
    ServeStaticModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const rootPath = resolve(config.DASHBOARD_DIST ?? 'dist/apps/dashboard');
        return existsSync(rootPath) ? [{ rootPath, exclude: ['/api{/*path}'] }] : [];
      },
    }),
  ],
  providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
})
export class AppModule {}
