import { ReminderCases, ReminderKindsModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { reminderCaseSql } from './reminder-cases.source';

/**
 * Cases' part of reminders, in the API and the worker alike: the SQL by which reminders reaches a case's
 * people, scopes its lists by the cases one may see, and finds the cases gone quiet.
 */
@Module({ imports: [ReminderKindsModule] })
export class CasesRemindersModule implements OnModuleInit {
  constructor(private readonly cases: ReminderCases) {}

  onModuleInit(): void {
    this.cases.provide(reminderCaseSql);
  }
}
