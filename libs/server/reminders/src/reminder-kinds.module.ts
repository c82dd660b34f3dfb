import { Module } from '@nestjs/common';
import { DigestSources } from './digest';
import { ReminderCases } from './reminder-cases';
import { ReminderKindRegistry } from './reminder-kinds';

/**
 * The one registry of kinds, digest counts and the cases' SQL in a process. RemindersModule (API) and
 * RemindersWorkerModule (worker) both import it, and so do the features' reminders modules, so a feature
 * registers its kinds into the same instance the engine reads in either app.
 */
@Module({
  providers: [ReminderKindRegistry, DigestSources, ReminderCases],
  exports: [ReminderKindRegistry, DigestSources, ReminderCases],
})
export class ReminderKindsModule {}
