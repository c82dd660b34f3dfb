import type { OverdueReminders, OverdueRemindersCount } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The health check's count of reminders past their time and not sent (core asks it through OVERDUE_REMINDERS). */
@Injectable()
export class OverdueRemindersQuery implements OverdueReminders {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async count(graceSeconds: number): Promise<OverdueRemindersCount> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS overdue,
              count(*) FILTER (WHERE due_at < now() - $1 * interval '1 second')::int AS "overdueBeyondGrace",
              min(due_at) AS "oldestDueAt"
         FROM reminders
        WHERE status = 'scheduled' AND due_at < now() AND (held_until IS NULL OR held_until < now())`,
      [graceSeconds],
    );
    return row;
  }
}
