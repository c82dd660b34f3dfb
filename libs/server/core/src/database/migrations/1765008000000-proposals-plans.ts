import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalsPlans1765008000000 implements MigrationInterface {
  name = 'ProposalsPlans1765008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        debt_id uuid NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('deferral', 'installments', 'interest_freeze', 'penalty_waiver', 'lump_sum')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'countered', 'accepted', 'rejected', 'withdrawn')),
        total_fen bigint NOT NULL CHECK (total_fen > 0),
        months integer CHECK (months BETWEEN 1 AND 120),
        first_due_date date,
        grace_months integer NOT NULL DEFAULT 0 CHECK (grace_months BETWEEN 0 AND 24),
        waived_penalty_fen bigint NOT NULL DEFAULT 0 CHECK (waived_penalty_fen >= 0),
        interest_rate_bp integer CHECK (interest_rate_bp >= 0),
        creditor_answer text,
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX proposals_case_idx ON proposals (case_id, created_at DESC)`);
    // At most one accepted proposal per debt, enforced by the database as well as the service.
    await q.query(
      `CREATE UNIQUE INDEX proposals_one_accepted_per_debt ON proposals (debt_id) WHERE status = 'accepted'`,
    );

    await q.query(`
      CREATE TABLE repayment_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL UNIQUE REFERENCES proposals (id),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        debt_id uuid NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        total_fen bigint NOT NULL CHECK (total_fen > 0),
        months integer NOT NULL CHECK (months BETWEEN 1 AND 120),
        first_due_date date NOT NULL,
        grace_months integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX repayment_plans_case_idx ON repayment_plans (case_id)`);
    await q.query(`
      CREATE TABLE installments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES repayment_plans (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        due_date date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        UNIQUE (plan_id, number)
      )`);
    await q.query(`CREATE INDEX installments_due_idx ON installments (due_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE installments`);
    await q.query(`DROP TABLE repayment_plans`);
    await q.query(`DROP TABLE proposals`);
  }
}
