import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions a person can see and end: one row per signed-in device, its refresh tokens (hashed; each used
 * once, a second use ends the session), and the firm's sign-in settings (idle timeout, absolute lifetime,
 * a second factor for officers), one row kept by admins. A session remembers the user's token version it
 * began under, so what ends every session of a user (disabling, a new role, an admin's password) ends
 * these too.
 */
export class Sessions1767168000000 implements MigrationInterface {
  name = 'Sessions1767168000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_version integer NOT NULL,
        user_agent text CHECK (char_length(user_agent) <= 512),
        ip_address text CHECK (char_length(ip_address) <= 64),
        created_at timestamptz NOT NULL,
        last_active_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('signed_out', 'ended_by_user', 'ended_by_admin',
          'password_changed', 'idle', 'expired', 'reused', 'revoked')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
        CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX sessions_open_by_user ON sessions (user_id, last_seen_at DESC) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        issued_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_by_session ON refresh_tokens (session_id)`);
    await queryRunner.query(`
      CREATE TABLE security_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        idle_timeout_minutes integer NOT NULL DEFAULT 30 CHECK (idle_timeout_minutes BETWEEN 5 AND 240),
        absolute_lifetime_hours integer NOT NULL DEFAULT 12 CHECK (absolute_lifetime_hours BETWEEN 1 AND 24),
        second_factor_for_officers boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`INSERT INTO security_settings (id) VALUES (1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE security_settings`);
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE sessions`);
  }
}
