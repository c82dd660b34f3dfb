import { calendarDateIn } from '@accord/domain';
import { Clock } from '@accord/server-core';
import { activeOfficersSql } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReminderCases } from '../reminder-cases';
import { ReminderQueue } from '../reminder-queue';
import { ReminderSettingsService } from '../reminder-settings.service';

/**
 * The reminders no single change causes: a case nobody touched for too long, and each officer's
 * morning digest. Each is written once per streak or per day (the unique subject/kind/slot), so a
 * sweep run twice adds nothing.
 */
@Injectable()
export class ReminderSweeps {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ReminderQueue,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
    private readonly cases: ReminderCases,
  ) {}

  async staleCases(): Promise<{ created: number }> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const today = calendarDateIn(now, settings.timeZone);
    const rows: { id: string }[] = await this.db.query(
      `WITH activity AS (
         ${this.cases.openCasesActivity()})
       INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, payload)
       SELECT 'stale_case', a.id, 'case', a.id, 'since-' || to_char(a.last_at AT TIME ZONE $3, 'YYYY-MM-DD'), 'officer', $1,
              jsonb_build_object('reference', a.reference, 'lastActivityOn', to_char(a.last_at AT TIME ZONE $3, 'YYYY-MM-DD'),
                                 'days', $4::date - (a.last_at AT TIME ZONE $3)::date)
         FROM activity a
        WHERE a.last_at < $1::timestamptz - $2 * interval '1 day'
       ON CONFLICT (subject_type, subject_id, kind, slot) DO NOTHING
       RETURNING id`,
      [now, settings.staleAfterDays, settings.timeZone, today],
    );
    await this.queue.sync(rows.map((r) => r.id));
    return { created: rows.length };
  }

  async morningDigests(): Promise<{ created: number }> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const date = calendarDateIn(now, settings.timeZone);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO reminders (kind, subject_type, subject_id, slot, recipient, recipient_user_id, due_at, payload)
       SELECT 'morning_digest', 'user', u.id, $2, 'officer', u.id, $1, jsonb_build_object('date', $2::text, 'timeZone', $3::text)
         FROM (${activeOfficersSql(null, { wholeFirmWhenNull: true })}) u
       ON CONFLICT (subject_type, subject_id, kind, slot) DO NOTHING
       RETURNING id`,
      [now, date, settings.timeZone],
    );
    await this.queue.sync(rows.map((r) => r.id));
    return { created: rows.length };
  }
}
