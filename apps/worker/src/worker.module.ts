import { CoreModule } from '@accord/server-core';
import { DocumentsDigestModule } from '@accord/server-documents';
import { NegotiationDigestModule } from '@accord/server-negotiation';
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
    // The digest's counts come from the features that own what they count.
    NegotiationDigestModule,
    DocumentsDigestModule,
  ],
})
export class WorkerModule {}
