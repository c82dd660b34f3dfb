import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders are rows before they are jobs: the queue only holds the schedule, so a lost Redis or a
 * crash between commit and enqueue loses nothing. Deliveries are unique per reminder and channel, so
 * at-least-once processing sends once.
 */
export class Reminders1765267200000 implements MigrationInterface {
  name = 'Reminders1765267200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        case_id uuid REFERENCES cases (id) ON DELETE CASCADE,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        slot text NOT NULL,
        recipient text NOT NULL CHECK (recipient IN ('client', 'officer', 'manager')),
        recipient_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sent', 'cancelled', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        payload jsonb NOT NULL DEFAULT '{}',
        held_until timestamptz,
        fired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_type, subject_id, kind, slot)
      )`);
    await q.query(
      `CREATE INDEX reminders_scheduled_idx ON reminders (due_at, id) WHERE status = 'scheduled'`,
    );
    await q.query(`CREATE INDEX reminders_case_idx ON reminders (case_id, due_at)`);
    await q.query(
      `CREATE INDEX reminders_user_idx ON reminders (recipient_user_id, due_at) WHERE recipient_user_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX reminders_failed_idx ON reminders (updated_at DESC) WHERE status = 'failed'`);
    await q.query(`
      CREATE TABLE reminder_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reminder_id uuid NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('in_app', 'email', 'sms')),
        recipient_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        address_masked text,
        status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 1,
        leased_until timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reminder_id, channel)
      )`);
    await q.query(
      `CREATE INDEX reminder_deliveries_failed_idx ON reminder_deliveries (updated_at DESC) WHERE status = 'failed'`,
    );
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reminder_id uuid REFERENCES reminders (id) ON DELETE CASCADE,
        kind text NOT NULL,
        case_id uuid REFERENCES cases (id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reminder_id, user_id)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE reminder_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        quiet_start text NOT NULL DEFAULT '21:00',
        quiet_end text NOT NULL DEFAULT '08:00',
        staff_time text NOT NULL DEFAULT '09:00',
        client_time text NOT NULL DEFAULT '10:00',
        digest_time text NOT NULL DEFAULT '08:30',
        stale_after_days integer NOT NULL DEFAULT 14 CHECK (stale_after_days BETWEEN 1 AND 365),
        client_channels text[] NOT NULL DEFAULT '{sms}' CHECK (client_channels <@ '{email,sms}'),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO reminder_settings DEFAULT VALUES`);
    await q.query(
      `ALTER TABLE users ADD COLUMN reminder_channels text[] NOT NULL DEFAULT '{in_app}' CHECK (reminder_channels <@ '{in_app,email}')`,
    );
    await q.query(
      `ALTER TABLE clients ADD COLUMN locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'zh-CN', 'en'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clients DROP COLUMN locale`);
    await q.query(`ALTER TABLE users DROP COLUMN reminder_channels`);
    await q.query(`DROP TABLE reminder_settings, notifications, reminder_deliveries, reminders`);
  }
}
