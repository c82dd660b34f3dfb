import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins, and attempts in hand, for throttling: one row per attempt, kept only while it is
 * inside the window. Counting here rather than in the audit log lets an attempt be reserved under a
 * lock before its password is checked, so parallel guesses cannot all slip past the limit, and lets a
 * right password take back its own pair's failures. Every API replica counts the same rows.
 */
export class SignInFailures1765612800000 implements MigrationInterface {
  name = 'SignInFailures1765612800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failures_pair_idx ON sign_in_failures (account, address, at)`);
    await q.query(`CREATE INDEX sign_in_failures_account_idx ON sign_in_failures (account, at)`);
    await q.query(`CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, at)`);
    await q.query(`CREATE INDEX sign_in_failures_at_idx ON sign_in_failures (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_failures`);
  }
}
