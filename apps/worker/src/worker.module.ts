import { CoreModule } from '@accord/server-core';
import { UsersWorkerModule } from '@accord/server-users';
import { Module } from '@nestjs/common';

/** The worker: no HTTP, only queue processors and schedulers of each feature. */
@Module({
  imports: [CoreModule, UsersWorkerModule],
})
export class WorkerModule {}
