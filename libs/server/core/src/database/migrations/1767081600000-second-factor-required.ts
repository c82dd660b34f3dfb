import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Managers and admins (and officers, where the firm says so) must enrol a second factor at their next
 * sign-in. An account may be exempt until it enrols — the demo logins, so the quick start opens with the
 * password alone (the dashboard says so) — which a real firm's accounts never are.
 */
export class SecondFactorRequired1767081600000 implements MigrationInterface {
  name = 'SecondFactorRequired1767081600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN second_factor_exempt boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN second_factor_exempt`);
  }
}
