import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReminderCases } from './reminder-cases';
import type { FiringReminder } from './reminder-kinds';

/** What the morning digest counts beside the officer's own reminders; each owned by one feature. */
export const DIGEST_COUNTS = ['installments', 'followUps', 'documents'] as const;
export type DigestCount = (typeof DIGEST_COUNTS)[number];

/** How many of one thing fall due on `date` (the firm's calendar, in `timeZone`) on an officer's open cases. */
export type DigestCounter = (
  manager: EntityManager,
  officer: { officerId: string; date: string; timeZone: string },
) => Promise<number>;

/**
 * An officer's morning: what falls due today on their cases. Each feature registers the count of what it
 * owns (negotiation: installments and follow-ups; documents: papers due), so reminders reads no table of
 * theirs. Read when the digest fires, so it counts what is true at 08:30, not when the row was written.
 */
@Injectable()
export class DigestSources {
  private readonly counters = new Map<DigestCount, DigestCounter>();

  constructor(private readonly cases: ReminderCases) {}

  register(name: DigestCount, counter: DigestCounter): void {
    if (this.counters.has(name)) throw new Error(`digest count ${name} registered twice`);
    this.counters.set(name, counter);
  }

  /** Nothing due today: no digest. A count nobody registered is a wiring fault, never a silent zero. */
  async gather(manager: EntityManager, reminder: FiringReminder): Promise<Record<string, unknown> | null> {
    const officer = {
      officerId: String(reminder.recipientUserId),
      date: String(reminder.payload.date),
      timeZone: String(reminder.payload.timeZone),
    };
    const [{ reminders }] = await manager.query(
      `SELECT count(*)::int AS reminders FROM reminders r ${this.cases.joinOpenCaseOfOfficer('c', 'r.case_id', '$1')}
        WHERE r.recipient = 'officer'
          AND r.status IN ('scheduled', 'sent') AND (r.due_at AT TIME ZONE $3)::date = $2::date`,
      [officer.officerId, officer.date, officer.timeZone],
    );
    const counts: Record<string, number> = { reminders };
    for (const name of DIGEST_COUNTS) {
      const counter = this.counters.get(name);
      if (!counter) throw new Error(`digest count ${name} has no source: import its feature's digest module`);
      counts[name] = await counter(manager, officer);
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return total === 0 ? null : counts;
  }
}
