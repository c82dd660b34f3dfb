import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Receipts and transfer screenshots behind payments: the bytes live in object storage, as documents' do. */
export class PaymentProofs1765180800000 implements MigrationInterface {
  name = 'PaymentProofs1765180800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payment_proofs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        sha256 char(64) NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        media_type text NOT NULL,
        original_name text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (payment_id, sha256)
      )`);
    await q.query(`CREATE INDEX payment_proofs_case_idx ON payment_proofs (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_proofs`);
  }
}
