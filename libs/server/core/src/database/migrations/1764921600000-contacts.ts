import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contacts1764921600000 implements MigrationInterface {
  name = 'Contacts1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        debt_id uuid REFERENCES debts (id) ON DELETE SET NULL,
        party text NOT NULL CHECK (party IN ('creditor', 'client')),
        channel text NOT NULL CHECK (channel IN ('hotline', 'online_chat', 'in_app', 'letter', 'visit', 'phone', 'wechat', 'email')),
        occurred_at timestamptz NOT NULL,
        person text,
        summary text NOT NULL,
        outcome text,
        next_follow_up_at timestamptz,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX contacts_case_idx ON contacts (case_id, occurred_at DESC, id)`);
    await q.query(
      `CREATE INDEX contacts_follow_up_idx ON contacts (next_follow_up_at) WHERE next_follow_up_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contacts`);
  }
}
