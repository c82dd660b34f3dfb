import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UploadLinks1764576000000 implements MigrationInterface {
  name = 'UploadLinks1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE upload_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        -- Only a hash of the token is kept: a leaked table opens no client's upload page.
        token_hash text NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        last_used_at timestamptz,
        upload_count integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE UNIQUE INDEX upload_links_token_hash_key ON upload_links (token_hash)`);
    await q.query(`CREATE INDEX upload_links_case_idx ON upload_links (case_id, created_at DESC)`);
    await q.query(`ALTER TABLE document_files ADD COLUMN upload_link_id uuid REFERENCES upload_links (id)`);

    // Fixed-window counters for public endpoints, shared by every API replica.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`ALTER TABLE document_files DROP COLUMN upload_link_id`);
    await q.query(`DROP TABLE upload_links`);
  }
}
