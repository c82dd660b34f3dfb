import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentFiles1764489600000 implements MigrationInterface {
  name = 'DocumentFiles1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requirement_id uuid NOT NULL REFERENCES document_requirements (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        storage_key text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        media_type text NOT NULL,
        original_name text NOT NULL,
        source text NOT NULL CHECK (source IN ('officer', 'client_link')),
        uploaded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX document_files_storage_key_key ON document_files (storage_key)`);
    await q.query(`CREATE INDEX document_files_case_sha_idx ON document_files (case_id, sha256)`);
    await q.query(
      `CREATE INDEX document_files_requirement_idx ON document_files (requirement_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_files`);
  }
}
