import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FinancialStatements1764835200000 implements MigrationInterface {
  name = 'FinancialStatements1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE financial_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        is_current boolean NOT NULL DEFAULT true,
        income jsonb NOT NULL,
        essential_spending jsonb NOT NULL,
        other_debts jsonb NOT NULL,
        dependants integer NOT NULL CHECK (dependants BETWEEN 0 AND 30),
        notes text,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One current statement per case; earlier ones stay as history.
    await q.query(
      `CREATE UNIQUE INDEX financial_statements_current_key ON financial_statements (case_id) WHERE is_current`,
    );
    await q.query(
      `CREATE INDEX financial_statements_case_idx ON financial_statements (case_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE financial_statements`);
  }
}
