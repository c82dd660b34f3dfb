import { ReminderKindRegistry, ReminderKindsModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { CREDIT_RECORD_REMINDER_KINDS } from './credit-reminder-kinds';

/** The credit record's part of reminders, in the API and the worker alike: the wording of its kinds. */
@Module({ imports: [ReminderKindsModule] })
export class CreditRecordRemindersModule implements OnModuleInit {
  constructor(private readonly kinds: ReminderKindRegistry) {}

  onModuleInit(): void {
    this.kinds.registerAll(CREDIT_RECORD_REMINDER_KINDS);
  }
}
