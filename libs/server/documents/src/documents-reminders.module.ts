import { joinOpenCaseOfOfficer } from '@accord/server-cases';
import { DigestSources, ReminderKindRegistry, ReminderKindsModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { DOCUMENT_REMINDER_KINDS } from './document-reminder-kinds';

/**
 * Documents' part of reminders, in the API and the worker alike: the wording of its kinds and the
 * digest's count of papers due today on an officer's open cases.
 */
@Module({ imports: [ReminderKindsModule] })
export class DocumentsRemindersModule implements OnModuleInit {
  constructor(
    private readonly kinds: ReminderKindRegistry,
    private readonly digest: DigestSources,
  ) {}

  onModuleInit(): void {
    this.kinds.registerAll(DOCUMENT_REMINDER_KINDS);
    this.digest.register('documents', async (manager, { officerId, date }) => {
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM document_requirements d ${joinOpenCaseOfOfficer('c', 'd.case_id', '$1')}
          WHERE d.status IN ('requested', 'rejected') AND d.due_on = $2::date`,
        [officerId, date],
      );
      return count as number;
    });
  }
}
