import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1764403200000 implements MigrationInterface {
  name = 'Documents1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        descriptions jsonb NOT NULL,
        required boolean NOT NULL DEFAULT true,
        products text[] NOT NULL DEFAULT '{}',
        due_days integer NOT NULL DEFAULT 7 CHECK (due_days BETWEEN 1 AND 90),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX document_templates_kind_key ON document_templates (kind)`);

    await q.query(`
      CREATE TABLE document_requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind text NOT NULL,
        required boolean NOT NULL,
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'received', 'verified', 'rejected', 'waived')),
        due_on date NOT NULL,
        received_at timestamptz,
        verified_at timestamptz,
        verified_by uuid REFERENCES users (id),
        rejection_reason text,
        waiver_reason text,
        waived_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE UNIQUE INDEX document_requirements_case_kind_key ON document_requirements (case_id, kind)`,
    );
    await q.query(
      `CREATE INDEX document_requirements_status_due_idx ON document_requirements (status, due_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_requirements`);
    await q.query(`DROP TABLE document_templates`);
  }
}
