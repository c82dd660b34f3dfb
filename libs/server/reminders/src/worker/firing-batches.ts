import { preparedQuery } from '@accord/server-core';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ReminderCaseSql } from '../reminder-cases';
import type { RenderedMessage } from '../reminder-kinds';
import { loadFiring, type FiringRow } from './addressees';

export interface FinishInput {
  id: string;
  inApp: { userId: string; message: RenderedMessage } | null;
  note: string | null;
  markSent: boolean;
}

/** Reminders firing within a couple of milliseconds of each other share their reads and writes. */
const schedule = (callback: () => void) => setTimeout(callback, 2);

/**
 * The two statements every reminder needs (read it with its people; deliver in-app, record, mark sent)
 * run for many reminders at once: the database does one statement's work for a batch instead of one
 * per reminder. Each reminder's outcome is still its own row's: a failed batch fails its jobs, and
 * they retry.
 */
export class FiringBatches {
  readonly rows: DataLoader<string, FiringRow | null>;
  readonly finish: DataLoader<FinishInput, true, string>;

  constructor(db: DataSource, cases: ReminderCaseSql) {
    this.rows = new DataLoader(
      async (ids) => {
        const found = new Map((await loadFiring(db, cases, ids)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: false, batchScheduleFn: schedule, maxBatchSize: 200 },
    );
    this.finish = new DataLoader(
      async (inputs) => {
        await finishAll(db, inputs);
        return inputs.map(() => true as const);
      },
      { cache: false, batchScheduleFn: schedule, maxBatchSize: 200 },
    );
  }
}

/**
 * In one statement for all: the in-app notification (its delivery row and the notification, both
 * unique per reminder, so a repeat adds nothing) and, when it is the last channel, the reminder marked
 * sent. Exactly once by construction: all of it commits together or none of it does.
 */
async function finishAll(db: DataSource, inputs: readonly FinishInput[]): Promise<void> {
  const unique = [...new Map(inputs.map((i) => [i.id, i])).values()];
  await preparedQuery(
    db,
    'reminders.finish_all',
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[])
         AS t(id, user_id, title, body, note, mark)),
     delivery AS (
       INSERT INTO reminder_deliveries (reminder_id, channel, recipient_user_id, status, attempts, sent_at)
       SELECT id, 'in_app', user_id, 'sent', 1, now() FROM input WHERE user_id IS NOT NULL
       ON CONFLICT (reminder_id, channel) DO UPDATE SET status = 'sent', sent_at = now(), last_error = NULL,
          attempts = reminder_deliveries.attempts + 1, updated_at = now()
        WHERE reminder_deliveries.status <> 'sent'
       RETURNING id),
     note AS (
       INSERT INTO notifications (user_id, reminder_id, kind, case_id, title, body)
       SELECT i.user_id, r.id, r.kind, r.case_id, i.title, i.body
         FROM input i JOIN reminders r ON r.id = i.id WHERE i.user_id IS NOT NULL
       ON CONFLICT (reminder_id, user_id) DO NOTHING)
     UPDATE reminders r SET status = 'sent', fired_at = now(), attempts = r.attempts + 1, last_error = i.note,
            updated_at = now()
       FROM input i WHERE r.id = i.id AND r.status = 'scheduled' AND i.mark`,
    [
      unique.map((i) => i.id),
      unique.map((i) => i.inApp?.userId ?? null),
      unique.map((i) => i.inApp?.message.title ?? null),
      unique.map((i) => i.inApp?.message.body ?? null),
      unique.map((i) => i.note),
      unique.map((i) => i.markSent),
    ],
  );
}
