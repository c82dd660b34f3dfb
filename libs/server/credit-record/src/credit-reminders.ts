import { creditDisputeReminders } from '@accord/domain';
import { caseReference } from '@accord/server-cases';
import { Clock } from '@accord/server-core';
import { ReminderSettingsService, RemindersService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A filed dispute's reminders: the officer on day 15 and on the due day, the manager the day after if no
 * answer was recorded. Written in the change's transaction; an answer or a withdrawal cancels them.
 */
@Injectable()
export class CreditReminders {
  constructor(
    private readonly reminders: RemindersService,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async syncDispute(
    manager: EntityManager,
    dispute: { id: string; caseId: string; status: string; filedOn: string | null; institution: string },
  ): Promise<void> {
    const clock = await this.settings.clock(manager);
    const open = dispute.status === 'filed' && dispute.filedOn !== null;
    await this.reminders.sync(
      manager,
      {
        type: 'credit_dispute',
        id: dispute.id,
        caseId: dispute.caseId,
        payload: {
          reference: await caseReference(manager, dispute.caseId),
          institution: dispute.institution,
          filedOn: dispute.filedOn,
        },
      },
      open ? creditDisputeReminders(dispute.filedOn as string, clock) : [],
      this.clock.now(),
    );
  }
}
