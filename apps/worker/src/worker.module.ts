import { CasesRemindersModule } from '@accord/server-cases';
import { CoreModule } from '@accord/server-core';
import { CourtRemindersModule } from '@accord/server-court';
import { CreditRecordRemindersModule } from '@accord/server-credit-record';
import { DocumentsRemindersModule } from '@accord/server-documents';
import { NegotiationRemindersModule } from '@accord/server-negotiation';
import { RemindersWorkerModule } from '@accord/server-reminders';
import { UsersWorkerModule } from '@accord/server-users';
import { WorkloadWorkerModule } from '@accord/server-workload';
import { Module } from '@nestjs/common';

/** The worker: no HTTP, only queue processors and schedulers of each feature. */
@Module({
  imports: [
    CoreModule,
    UsersWorkerModule,
    RemindersWorkerModule,
    WorkloadWorkerModule,
    // Each feature words its own reminder kinds and counts its own part of the digest; cases gives the
    // SQL of the cases reminders hang on (their people, the quiet ones).
    CasesRemindersModule,
    NegotiationRemindersModule,
    DocumentsRemindersModule,
    CreditRecordRemindersModule,
    CourtRemindersModule,
  ],
})
export class WorkerModule {}
