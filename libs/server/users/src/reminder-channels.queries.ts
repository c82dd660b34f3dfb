import type { NotificationChannel } from '@accord/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/*
 * Where a person's reminders reach them is kept on their user row (users' table); the reminders feature
 * shows and changes it through these.
 */

type Db = DataSource | EntityManager;

/** The user's reminder channels; with `forUpdate`, locked until the transaction ends. */
export async function reminderChannelsOf(
  db: Db,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ channels: NotificationChannel[] } | undefined> {
  const [row] = await db.query(
    `SELECT reminder_channels AS channels FROM users WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [userId],
  );
  return row;
}

/** Sets the user's reminder channels and answers them as kept. */
export async function setReminderChannels(
  manager: EntityManager,
  userId: string,
  channels: readonly NotificationChannel[],
): Promise<{ channels: NotificationChannel[] }> {
  const [[row]] = await manager.query(
    `UPDATE users SET reminder_channels = $2, updated_at = now() WHERE id = $1 RETURNING reminder_channels AS channels`,
    [userId, channels],
  );
  return row;
}
