import { ReminderKindRegistry, ReminderKindsModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { COURT_REMINDER_KINDS } from './court-reminder-kinds';

/** The court's part of reminders, in the API and the worker alike: the wording of its kinds. */
@Module({ imports: [ReminderKindsModule] })
export class CourtRemindersModule implements OnModuleInit {
  constructor(private readonly kinds: ReminderKindRegistry) {}

  onModuleInit(): void {
    this.kinds.registerAll(COURT_REMINDER_KINDS);
  }
}
