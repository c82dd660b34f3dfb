import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Payments1765094400000 implements MigrationInterface {
  name = 'Payments1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES repayment_plans (id) ON DELETE CASCADE,
        installment_id uuid NOT NULL REFERENCES installments (id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        paid_on date NOT NULL,
        method text NOT NULL CHECK (method IN ('bank_transfer', 'alipay', 'wechat_pay', 'card', 'cash', 'other')),
        reference text,
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX payments_plan_idx ON payments (plan_id, paid_on, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payments`);
  }
}
