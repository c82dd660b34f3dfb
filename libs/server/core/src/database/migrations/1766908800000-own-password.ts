import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an admin set (a reset) is the admin's, not the person's: until they choose their own, the
 * API lets them do nothing else. And when each password was last chosen, for the account screens.
 */
export class OwnPassword1766908800000 implements MigrationInterface {
  name = 'OwnPassword1766908800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users DROP COLUMN password_changed_at, DROP COLUMN must_change_password`,
    );
  }
}
