import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credit record ([7/10]): the accounts a client's credit report shows (read by the officer from the
 * report on the case's checklist), the disputes filed about wrong ones with their evidence and the
 * answer, an officer's "nothing to dispute", and the display rules of agencies whose periods are theirs
 * to set (Taiwan's 聯徵), kept as data.
 */
export class CreditRecord1767254400000 implements MigrationInterface {
  name = 'CreditRecord1767254400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credit_display_rules (
        code text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{2,40}$'),
        market text NOT NULL CHECK (market IN ('CN', 'TW')),
        months integer NOT NULL CHECK (months BETWEEN 1 AND 240),
        counts_from text NOT NULL CHECK (counts_from IN ('repaid', 'default_started')),
        label_zh_tw text NOT NULL,
        label_zh_cn text NOT NULL,
        label_en text NOT NULL
      )`);
    // 聯徵中心 disclosure periods as published; admins correct them as data if the agency changes them.
    await q.query(`
      INSERT INTO credit_display_rules (code, market, months, counts_from, label_zh_tw, label_zh_cn, label_en) VALUES
        ('jcic_card_late', 'TW', 12, 'repaid',
         '信用卡延遲繳款：自繳清之日起揭露 1 年', '信用卡延迟缴款：自缴清之日起披露 1 年',
         'Card paid late: shown 1 year from the day it was paid'),
        ('jcic_loan_overdue', 'TW', 36, 'repaid',
         '授信逾期、催收或呆帳：自清償之日起揭露 3 年', '授信逾期、催收或呆账：自清偿之日起披露 3 年',
         'Loan overdue, in collection or written off: shown 3 years from repayment'),
        ('jcic_card_written_off', 'TW', 60, 'default_started',
         '信用卡呆帳：自轉銷之日起揭露 5 年', '信用卡呆账：自转销之日起披露 5 年',
         'Card written off: shown 5 years from the write-off')`);
    await q.query(`
      CREATE TABLE credit_report_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        debt_id uuid REFERENCES debts (id) ON DELETE SET NULL,
        report_file_id uuid REFERENCES document_files (id) ON DELETE SET NULL,
        market text NOT NULL CHECK (market IN ('CN', 'TW')),
        institution text NOT NULL CHECK (char_length(btrim(institution)) BETWEEN 1 AND 100),
        account_last4 text CHECK (account_last4 ~ '^[0-9]{4}$'),
        product text NOT NULL CHECK (product IN ('huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan', 'other')),
        status text NOT NULL CHECK (status IN ('overdue', 'repaid_after_overdue', 'written_off', 'normal')),
        overdue_fen bigint NOT NULL CHECK (overdue_fen >= 0),
        default_started_on date,
        repaid_on date,
        display_rule_code text REFERENCES credit_display_rules (code),
        note text CHECK (char_length(note) <= 2000),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (repaid_on IS NULL OR default_started_on IS NULL OR repaid_on >= default_started_on),
        CHECK ((market = 'TW') = (display_rule_code IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX credit_report_entries_case_idx ON credit_report_entries (case_id, created_at)`,
    );
    await q.query(`
      CREATE TABLE credit_disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES credit_report_entries (id) ON DELETE RESTRICT,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        grounds text[] NOT NULL CHECK (cardinality(grounds) BETWEEN 1 AND 6 AND grounds <@ ARRAY[
          'not_my_account', 'wrong_amount', 'wrong_dates', 'already_repaid', 'creditor_agreed', 'other']::text[]),
        explanation text NOT NULL CHECK (char_length(btrim(explanation)) BETWEEN 1 AND 2000),
        venue text NOT NULL CHECK (venue IN ('credit_reference_centre', 'lender')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'filed', 'answered', 'withdrawn')),
        filed_on date,
        answer_due_on date,
        answered_on date,
        outcome text CHECK (outcome IN ('corrected', 'no_error_found', 'cannot_be_verified')),
        answer_file_id uuid REFERENCES document_files (id) ON DELETE SET NULL,
        answer_note text CHECK (char_length(answer_note) <= 2000),
        withdrawn_on date,
        withdrawal_reason text CHECK (char_length(withdrawal_reason) <= 2000),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status <> 'draft' OR filed_on IS NULL),
        CHECK (status NOT IN ('filed', 'answered') OR filed_on IS NOT NULL),
        CHECK (answer_due_on IS NOT DISTINCT FROM filed_on + 20),
        CHECK ((status = 'answered') = (outcome IS NOT NULL AND answered_on IS NOT NULL)),
        CHECK (answered_on IS NULL OR answered_on >= filed_on),
        CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX credit_disputes_case_idx ON credit_disputes (case_id, created_at)`);
    await q.query(
      `CREATE INDEX credit_disputes_open_due_idx ON credit_disputes (answer_due_on) WHERE status = 'filed'`,
    );
    await q.query(`
      CREATE TABLE credit_dispute_evidence (
        dispute_id uuid NOT NULL REFERENCES credit_disputes (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES document_files (id) ON DELETE RESTRICT,
        PRIMARY KEY (dispute_id, file_id)
      )`);
    await q.query(`
      CREATE TABLE credit_record_reviews (
        case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        nothing_to_dispute_reason text NOT NULL CHECK (char_length(btrim(nothing_to_dispute_reason)) BETWEEN 1 AND 2000),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE credit_record_reviews`);
    await q.query(`DROP TABLE credit_dispute_evidence`);
    await q.query(`DROP TABLE credit_disputes`);
    await q.query(`DROP TABLE credit_report_entries`);
    await q.query(`DROP TABLE credit_display_rules`);
  }
}
