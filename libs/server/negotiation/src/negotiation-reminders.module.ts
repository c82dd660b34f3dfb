import { joinOpenCaseOfOfficer } from '@accord/server-cases';
import { DigestSources, ReminderKindRegistry, ReminderKindsModule } from '@accord/server-reminders';
import { Module, type OnModuleInit } from '@nestjs/common';
import { NEGOTIATION_REMINDER_KINDS } from './negotiation-reminder-kinds';

/**
 * Negotiation's part of reminders, in the API and the worker alike: the wording of its kinds and the
 * digest's counts of installments and follow-ups due today on an officer's open cases.
 */
@Module({ imports: [ReminderKindsModule] })
export class NegotiationRemindersModule implements OnModuleInit {
  constructor(
    private readonly kinds: ReminderKindRegistry,
    private readonly digest: DigestSources,
  ) {}

  onModuleInit(): void {
    this.kinds.registerAll(NEGOTIATION_REMINDER_KINDS);
    this.digest.register('installments', async (manager, { officerId, date }) => {
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM installments i JOIN repayment_plans p ON p.id = i.plan_id
           ${joinOpenCaseOfOfficer('c', 'p.case_id', '$1')}
          WHERE i.due_date = $2::date`,
        [officerId, date],
      );
      return count as number;
    });
    this.digest.register('followUps', async (manager, { officerId, date, timeZone }) => {
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM contacts k ${joinOpenCaseOfOfficer('c', 'k.case_id', '$1')}
          WHERE (k.next_follow_up_at AT TIME ZONE $3)::date = $2::date`,
        [officerId, date, timeZone],
      );
      return count as number;
    });
  }
}
