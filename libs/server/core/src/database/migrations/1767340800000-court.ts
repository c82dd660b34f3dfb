import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Court matters ([8/10]): suits, payment orders, arbitration and mediation against the client, and a
 * Taiwan client's own 更生 / 清算; their events (summons, hearings, decisions, deadlines, enforcement,
 * limits); the creditor's demands and the client's acknowledgements that the litigation risk and the
 * limitation period are worked out from; the firm's court calendar; and each person's calendar feed.
 */
export class Court1767340800000 implements MigrationInterface {
  name = 'Court1767340800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors ADD COLUMN litigation_practice text NOT NULL DEFAULT 'unknown'
        CHECK (litigation_practice IN ('unknown', 'rarely', 'sometimes', 'often'))`);
    await q.query(`
      CREATE TABLE court_matters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('lawsuit', 'payment_order', 'arbitration', 'pre_suit_mediation', 'rehabilitation', 'liquidation')),
        court text NOT NULL CHECK (char_length(btrim(court)) BETWEEN 1 AND 200),
        case_number text CHECK (char_length(case_number) <= 100),
        claimant text CHECK (char_length(claimant) <= 200),
        claimed_fen bigint CHECK (claimed_fen >= 0),
        currency text NOT NULL CHECK (currency IN ('CNY', 'TWD')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'concluded')),
        concluded_on date,
        note text CHECK (char_length(note) <= 2000),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'concluded') = (concluded_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX court_matters_case_idx ON court_matters (case_id, created_at)`);
    await q.query(`
      CREATE TABLE court_matter_debts (
        matter_id uuid NOT NULL REFERENCES court_matters (id) ON DELETE CASCADE,
        debt_id uuid NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        PRIMARY KEY (matter_id, debt_id)
      )`);
    await q.query(`CREATE INDEX court_matter_debts_debt_idx ON court_matter_debts (debt_id)`);
    await q.query(`
      CREATE TABLE court_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL REFERENCES court_matters (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('summons_received', 'answer_deadline', 'mediation', 'hearing', 'judgment',
          'ruling', 'appeal_deadline', 'enforcement', 'consumption_limit', 'defaulter_list')),
        occurs_on date NOT NULL,
        starts_at text CHECK (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        court text CHECK (char_length(court) <= 200),
        room text CHECK (char_length(room) <= 100),
        attendees text[] NOT NULL DEFAULT '{}' CHECK (attendees <@ ARRAY['officer', 'lawyer', 'client', 'none']::text[]),
        served_on date,
        amount_fen bigint CHECK (amount_fen >= 0),
        until_on date,
        counts_from uuid REFERENCES court_events (id) ON DELETE SET NULL,
        computed_on date,
        change_reason text CHECK (char_length(change_reason) <= 2000),
        completed_on date,
        outcome text CHECK (outcome IN ('filed', 'not_filed')),
        completion_note text CHECK (char_length(completion_note) <= 2000),
        note text CHECK (char_length(note) <= 2000),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (kind NOT IN ('hearing', 'mediation') OR starts_at IS NOT NULL),
        CHECK (kind NOT IN ('judgment', 'ruling') OR (served_on IS NOT NULL AND served_on >= occurs_on)),
        CHECK (until_on IS NULL OR until_on >= occurs_on),
        CHECK ((completed_on IS NULL) = (outcome IS NULL)),
        CHECK (outcome IS NULL OR kind IN ('answer_deadline', 'appeal_deadline'))
      )`);
    await q.query(`CREATE INDEX court_events_matter_idx ON court_events (matter_id, occurs_on)`);
    await q.query(`CREATE INDEX court_events_case_idx ON court_events (case_id, occurs_on)`);
    // The agenda reads sittings and open deadlines by day across the firm.
    await q.query(`
      CREATE INDEX court_events_agenda_idx ON court_events (occurs_on, case_id)
        WHERE kind IN ('hearing', 'mediation') OR (kind IN ('answer_deadline', 'appeal_deadline') AND completed_on IS NULL)`);
    await q.query(`
      CREATE TABLE court_event_documents (
        event_id uuid NOT NULL REFERENCES court_events (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES document_files (id) ON DELETE RESTRICT,
        PRIMARY KEY (event_id, file_id)
      )`);
    await q.query(`
      CREATE TABLE creditor_demands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        debt_id uuid NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('collection_notice', 'other_demand', 'acknowledgement')),
        received_on date NOT NULL,
        note text CHECK (char_length(note) <= 2000),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX creditor_demands_debt_idx ON creditor_demands (debt_id, received_on)`);
    await q.query(`CREATE INDEX creditor_demands_case_idx ON creditor_demands (case_id)`);
    await q.query(`
      CREATE TABLE court_calendar_days (
        day date PRIMARY KEY,
        working boolean NOT NULL,
        name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_fetched_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_feeds_one_live_idx ON calendar_feeds (user_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP TABLE court_calendar_days`);
    await q.query(`DROP TABLE creditor_demands`);
    await q.query(`DROP TABLE court_event_documents`);
    await q.query(`DROP TABLE court_events`);
    await q.query(`DROP TABLE court_matter_debts`);
    await q.query(`DROP TABLE court_matters`);
    await q.query(`ALTER TABLE creditors DROP COLUMN litigation_practice`);
  }
}
