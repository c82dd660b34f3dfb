import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor (TOTP, RFC 6238) per person: the secret sealed like an ID number, one being enrolled
 * until its first code is confirmed, the step of the last code accepted (a code opens once), and ten
 * one-time recovery codes kept only as keyed hashes.
 */
export class SecondFactor1766995200000 implements MigrationInterface {
  name = 'SecondFactor1766995200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN totp_secret_cipher text,
        ADD COLUMN totp_pending_cipher text,
        ADD COLUMN totp_enrolled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT users_totp_enrolled CHECK ((totp_secret_cipher IS NULL) = (totp_enrolled_at IS NULL))
    `);
    await queryRunner.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recovery_codes`);
    await queryRunner.query(`
      ALTER TABLE users DROP CONSTRAINT users_totp_enrolled, DROP COLUMN totp_last_step,
        DROP COLUMN totp_enrolled_at, DROP COLUMN totp_pending_cipher, DROP COLUMN totp_secret_cipher
    `);
  }
}
