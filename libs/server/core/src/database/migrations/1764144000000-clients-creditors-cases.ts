import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsCreditorsCases1764144000000 implements MigrationInterface {
  name = 'ClientsCreditorsCases1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE creditors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        product text NOT NULL CHECK (product IN ('huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan', 'other')),
        market text NOT NULL DEFAULT 'CN' CHECK (market IN ('CN', 'TW')),
        customer_service jsonb NOT NULL DEFAULT '[]'::jsonb,
        penalty_daily_rate_bp integer NOT NULL DEFAULT 0 CHECK (penalty_daily_rate_bp BETWEEN 0 AND 10000),
        penalty_base text NOT NULL DEFAULT 'overdue_amount' CHECK (penalty_base IN ('overdue_amount', 'outstanding_amount', 'principal')),
        penalty_cap_bp integer CHECK (penalty_cap_bp >= 0),
        max_installment_months integer CHECK (max_installment_months BETWEEN 1 AND 120),
        negotiation_notes text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX creditors_name_product_key ON creditors (lower(name), product)`);

    await q.query(`
      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 100),
        id_type text NOT NULL CHECK (id_type IN ('cn_resident_id', 'tw_national_id', 'passport', 'other')),
        id_number_cipher text NOT NULL,
        id_number_hash text NOT NULL,
        id_number_masked text NOT NULL,
        phone_cipher text,
        phone_hash text,
        phone_masked text,
        key_id text NOT NULL,
        email text,
        address text,
        notes text,
        consent_at timestamptz,
        consent_purposes text[] NOT NULL DEFAULT '{}',
        consent_recorded_by uuid REFERENCES users (id),
        officer_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX clients_id_number_hash_key ON clients (id_number_hash)`);
    await q.query(
      `CREATE UNIQUE INDEX clients_phone_hash_key ON clients (phone_hash) WHERE phone_hash IS NOT NULL`,
    );
    await q.query(`CREATE INDEX clients_officer_idx ON clients (officer_id, created_at DESC)`);
    await q.query(`CREATE INDEX clients_full_name_idx ON clients (full_name)`);

    await q.query(`CREATE SEQUENCE case_reference_seq`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL,
        client_id uuid NOT NULL REFERENCES clients (id),
        officer_id uuid NOT NULL REFERENCES users (id),
        stage text NOT NULL DEFAULT 'intake'
          CHECK (stage IN ('intake', 'documents', 'creditor_contact', 'negotiating', 'agreed', 'repaying', 'credit_repair', 'closed')),
        outcome text CHECK (outcome IN ('resolved', 'withdrawn', 'failed', 'litigated')),
        closing_note text,
        overdue_reason text NOT NULL CHECK (overdue_reason IN ('job_loss', 'illness', 'business_failure', 'family_emergency', 'other')),
        overdue_reason_text text,
        litigation_risk text NOT NULL DEFAULT 'none' CHECK (litigation_risk IN ('none', 'low', 'high', 'sued')),
        opened_on date NOT NULL,
        closed_on date,
        -- Kept up to date in the same transaction as the debts, so the case list filters and sorts on
        -- indexed columns instead of aggregating debts per row.
        total_outstanding_fen bigint NOT NULL DEFAULT 0,
        total_overdue_fen bigint NOT NULL DEFAULT 0,
        earliest_overdue_since date,
        open_debt_count integer NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((stage = 'closed') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX cases_reference_key ON cases (reference)`);
    await q.query(`CREATE INDEX cases_client_idx ON cases (client_id)`);
    await q.query(`CREATE INDEX cases_officer_opened_idx ON cases (officer_id, opened_on DESC, id)`);
    await q.query(`CREATE INDEX cases_officer_stage_idx ON cases (officer_id, stage, opened_on DESC, id)`);
    await q.query(`CREATE INDEX cases_stage_opened_idx ON cases (stage, opened_on DESC, id)`);
    await q.query(`CREATE INDEX cases_opened_idx ON cases (opened_on DESC, id)`);
    await q.query(`CREATE INDEX cases_officer_overdue_idx ON cases (officer_id, earliest_overdue_since)`);
    await q.query(`CREATE INDEX cases_overdue_idx ON cases (earliest_overdue_since)`);
    await q.query(`CREATE INDEX cases_outstanding_idx ON cases (total_outstanding_fen DESC, id)`);

    await q.query(`
      CREATE TABLE debts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        creditor_id uuid NOT NULL REFERENCES creditors (id),
        account_reference_masked text,
        principal_fen bigint NOT NULL CHECK (principal_fen >= 0),
        outstanding_fen bigint NOT NULL CHECK (outstanding_fen >= 0),
        overdue_fen bigint NOT NULL CHECK (overdue_fen >= 0),
        overdue_since date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'excluded', 'settled', 'paid_off')),
        excluded_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (overdue_fen <= outstanding_fen)
      )`);
    await q.query(`CREATE INDEX debts_case_idx ON debts (case_id)`);
    await q.query(`CREATE INDEX debts_creditor_case_idx ON debts (creditor_id, case_id)`);

    await q.query(`
      CREATE TABLE case_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users (id),
        kind text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_events`);
    await q.query(`DROP TABLE debts`);
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP SEQUENCE case_reference_seq`);
    await q.query(`DROP TABLE clients`);
    await q.query(`DROP TABLE creditors`);
  }
}
