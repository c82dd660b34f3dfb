import { COURT_DEADLINE_KINDS, COURT_SITTING_KINDS } from '@accord/contracts';
import { courtDeadlineReminders, hearingReminders, type PlannedReminder } from '@accord/domain';
import { caseReference } from '@accord/server-cases';
import { Clock } from '@accord/server-core';
import { ReminderSettingsService, RemindersService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a court event's reminders are worked out from and say. */
export interface CourtEventForReminders {
  id: string;
  caseId: string;
  kind: string;
  occursOn: string;
  startsAt: string | null;
  court: string | null;
  room: string | null;
  completedOn: string | null;
}

const isIn = (list: readonly string[], kind: string) => list.includes(kind);

/**
 * A court event's reminders, written in the change's transaction: a sitting's to the officer, the manager
 * and the client; a deadline's to the officer and, if nothing is recorded by the day after, the manager.
 * Moving the event moves them; completing a deadline cancels them.
 */
@Injectable()
export class CourtReminders {
  constructor(
    private readonly reminders: RemindersService,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async sync(
    manager: EntityManager,
    event: CourtEventForReminders,
    matter: { court: string; caseNumber: string | null },
  ): Promise<void> {
    const clock = await this.settings.clock(manager);
    let planned: PlannedReminder[] = [];
    if (isIn(COURT_SITTING_KINDS, event.kind) && event.startsAt)
      planned = hearingReminders(event.occursOn, event.startsAt, clock);
    if (isIn(COURT_DEADLINE_KINDS, event.kind) && !event.completedOn)
      planned = courtDeadlineReminders(event.occursOn, clock);
    await this.reminders.sync(
      manager,
      {
        type: 'court_event',
        id: event.id,
        caseId: event.caseId,
        payload: {
          reference: await caseReference(manager, event.caseId),
          eventKind: event.kind,
          date: event.occursOn,
          time: event.startsAt,
          court: event.court ?? matter.court,
          room: event.room,
          caseNumber: matter.caseNumber,
        },
      },
      planned,
      this.clock.now(),
    );
  }
}
