import { documentRequestReminders } from '@accord/domain';
import { caseReference } from '@accord/server-cases';
import { Clock } from '@accord/server-core';
import { ReminderSettingsService, RemindersService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const OUTSTANDING = new Set(['requested', 'rejected']);

/** A requested (or rejected, so asked again) document reminds the client and officer of its due date. */
@Injectable()
export class DocumentReminders {
  constructor(
    private readonly reminders: RemindersService,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async sync(
    manager: EntityManager,
    item: { id: string; caseId: string; kind: string; status: string; dueOn: string },
  ): Promise<void> {
    const reference = await caseReference(manager, item.caseId);
    await this.reminders.sync(
      manager,
      {
        type: 'document_requirement',
        id: item.id,
        caseId: item.caseId,
        payload: { reference, documentKind: item.kind, dueDate: item.dueOn },
      },
      OUTSTANDING.has(item.status)
        ? documentRequestReminders(item.dueOn, await this.settings.clock(manager))
        : [],
      this.clock.now(),
    );
  }

  cancel(manager: EntityManager, ids: readonly string[]): Promise<void> {
    return this.reminders.cancelFor(manager, 'document_requirement', ids);
  }
}
