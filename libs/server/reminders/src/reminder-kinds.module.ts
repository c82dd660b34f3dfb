import { Module } from '@nestjs/common';
import { DigestSources } from './digest';
import { ReminderKindRegistry } from './reminder-kinds';

/**
 * The one registry of kinds and digest counts in a process. RemindersModule (API) and
 * RemindersWorkerModule (worker) both import it, and so do the features' reminders modules, so a feature
 * registers its kinds into the same instance the engine reads in either app.
 */
@Module({ providers: [ReminderKindRegistry, DigestSources], exports: [ReminderKindRegistry, DigestSources] })
export class ReminderKindsModule {}
