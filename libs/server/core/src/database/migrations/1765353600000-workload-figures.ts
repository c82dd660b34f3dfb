import { frozenSavings, type FrozenSimpleRule } from './frozen-simple-savings';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the manager's view reads, kept exact in the same transaction as the change that moves it, so the
 * workload of a thousand-officer firm is a walk over small indexes instead of a scan of every case:
 * - case_stage_stays: each case's time in each stage (trigger on cases), for median days per stage;
 * - cases.furthest_step: how far along the spine a case has come (trigger), for the stage funnel;
 * - case_counts.outstanding_fen: money under negotiation per officer and stage, beside the counts;
 * - repayment_plans.paid_fen / next_unpaid_due_on (triggers on payments and installments), so missed
 *   installments are found from the plans that are behind instead of re-adding every plan's payments;
 * - repayment_plans.without_agreement_fen / saved_fen: what each agreement saved, fixed at acceptance;
 * - proposals.submitted_at / decided_at (trigger), for the creditor report.
 */
export class WorkloadFigures1765353600000 implements MigrationInterface {
  name = 'WorkloadFigures1765353600000';

  async up(q: QueryRunner): Promise<void> {
    await this.stageStays(q);
    await this.furthestStep(q);
    await this.outstandingPerStage(q);
    await this.planProgress(q);
    await this.planSavings(q);
    await this.proposalTimes(q);
    await q.query(
      `CREATE INDEX cases_officer_cohort_idx ON cases (officer_id, opened_on) INCLUDE (furthest_step)`,
    );
    await q.query(
      `CREATE INDEX cases_officer_closed_idx ON cases (officer_id, closed_on) INCLUDE (outcome) WHERE closed_on IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX cases_officer_open_activity_idx ON cases (officer_id, last_activity_at) WHERE stage <> 'closed'`,
    );
  }

  private async stageStays(q: QueryRunner) {
    await q.query(`
      CREATE TABLE case_stage_stays (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        stage text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz,
        -- Whose case it was when the stay ended: the officer the median speaks of.
        officer_id uuid REFERENCES users (id),
        CHECK (left_at IS NULL OR left_at >= entered_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX case_stage_stays_open_key ON case_stage_stays (case_id) WHERE left_at IS NULL`,
    );
    await q.query(`CREATE INDEX case_stage_stays_case_idx ON case_stage_stays (case_id, entered_at)`);
    await q.query(
      `CREATE INDEX case_stage_stays_ended_idx ON case_stage_stays (officer_id, left_at) INCLUDE (stage, entered_at)
        WHERE left_at IS NOT NULL`,
    );
    // Rebuilt from the timeline: the first move's `from` is where the case started.
    await q.query(`
      WITH moves AS (
        SELECT e.case_id, e.at, e.details->>'from' AS from_stage, e.details->>'to' AS to_stage,
               row_number() OVER (PARTITION BY e.case_id ORDER BY e.at, e.id) AS n,
               lead(e.at) OVER (PARTITION BY e.case_id ORDER BY e.at, e.id) AS next_at
          FROM case_events e WHERE e.kind = 'case.stage_changed')
      INSERT INTO case_stage_stays (case_id, stage, entered_at, left_at, officer_id)
      SELECT c.id, coalesce(m.from_stage, c.stage), c.created_at, m.at, CASE WHEN m.at IS NOT NULL THEN c.officer_id END
        FROM cases c LEFT JOIN moves m ON m.case_id = c.id AND m.n = 1
      UNION ALL
      SELECT m.case_id, m.to_stage, m.at, m.next_at, CASE WHEN m.next_at IS NOT NULL THEN c.officer_id END
        FROM moves m JOIN cases c ON c.id = m.case_id`);
    await q.query(`
      CREATE FUNCTION case_stage_stays_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          UPDATE case_stage_stays SET left_at = greatest(clock_timestamp(), entered_at), officer_id = OLD.officer_id
           WHERE case_id = NEW.id AND left_at IS NULL;
        END IF;
        INSERT INTO case_stage_stays (case_id, stage, entered_at) VALUES (NEW.id, NEW.stage, clock_timestamp());
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER case_stage_stays_on_insert AFTER INSERT ON cases
      FOR EACH ROW EXECUTE FUNCTION case_stage_stays_track()`);
    await q.query(`
      CREATE TRIGGER case_stage_stays_on_move AFTER UPDATE OF stage ON cases
      FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION case_stage_stays_track()`);
  }

  private async furthestStep(q: QueryRunner) {
    // Steps of the funnel in the spine's order; credit repair comes after repaying, so it counts as
    // having repaid, and a case closed as resolved is the last step.
    await q.query(`
      CREATE FUNCTION funnel_step(stage text, outcome text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
        SELECT (CASE
          WHEN outcome = 'resolved' THEN 6
          WHEN stage IN ('repaying', 'credit_repair') THEN 5
          WHEN stage = 'agreed' THEN 4
          WHEN stage = 'negotiating' THEN 3
          WHEN stage = 'creditor_contact' THEN 2
          WHEN stage = 'documents' THEN 1
          ELSE 0 END)::smallint
      $$`);
    await q.query(`ALTER TABLE cases ADD COLUMN furthest_step smallint NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE cases c SET furthest_step = greatest(funnel_step(c.stage, c.outcome),
        coalesce((SELECT max(funnel_step(s.stage, NULL::text)) FROM case_stage_stays s WHERE s.case_id = c.id), 0))`);
    await q.query(`
      CREATE FUNCTION cases_furthest_step_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.furthest_step := greatest(
          CASE WHEN TG_OP = 'UPDATE' THEN OLD.furthest_step ELSE 0 END,
          NEW.furthest_step, funnel_step(NEW.stage, NEW.outcome));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER cases_furthest_step BEFORE INSERT OR UPDATE OF stage, outcome, furthest_step ON cases
      FOR EACH ROW EXECUTE FUNCTION cases_furthest_step_track()`);
  }

  private async outstandingPerStage(q: QueryRunner) {
    await q.query(`ALTER TABLE case_counts ADD COLUMN outstanding_fen bigint NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE case_counts k SET outstanding_fen = s.total FROM (
        SELECT officer_id, stage, sum(total_outstanding_fen) AS total FROM cases GROUP BY 1, 2) s
       WHERE s.officer_id = k.officer_id AND s.stage = k.stage`);
    await q.query(`
      CREATE OR REPLACE FUNCTION case_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE case_counts SET n = n - 1, outstanding_fen = outstanding_fen - OLD.total_outstanding_fen
           WHERE officer_id = OLD.officer_id AND stage = OLD.stage;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO case_counts (officer_id, stage, n, outstanding_fen)
          VALUES (NEW.officer_id, NEW.stage, 1, NEW.total_outstanding_fen)
          ON CONFLICT (officer_id, stage) DO UPDATE
            SET n = case_counts.n + 1, outstanding_fen = case_counts.outstanding_fen + EXCLUDED.outstanding_fen;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER case_counts_on_move ON cases`);
    await q.query(`
      CREATE TRIGGER case_counts_on_move AFTER UPDATE OF officer_id, stage, total_outstanding_fen ON cases
      FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id OR OLD.stage IS DISTINCT FROM NEW.stage
                         OR OLD.total_outstanding_fen IS DISTINCT FROM NEW.total_outstanding_fen)
      EXECUTE FUNCTION case_counts_track()`);
  }

  private async planProgress(q: QueryRunner) {
    await q.query(`
      ALTER TABLE repayment_plans
        ADD COLUMN paid_fen bigint NOT NULL DEFAULT 0,
        ADD COLUMN next_unpaid_due_on date`);
    await q.query(`CREATE INDEX installments_plan_due_idx ON installments (plan_id, due_date)`);
    await q.query(
      `CREATE INDEX repayment_plans_behind_idx ON repayment_plans (next_unpaid_due_on) INCLUDE (case_id)
        WHERE next_unpaid_due_on IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX repayment_plans_created_idx ON repayment_plans (created_at) INCLUDE (case_id)`,
    );
    // Payments cover installments in order: the first installment whose running total exceeds what was
    // paid is the first one not fully paid, and every later one is unpaid too.
    await q.query(`
      CREATE FUNCTION repayment_plan_progress(plan uuid) RETURNS void LANGUAGE sql AS $$
        WITH paid AS (SELECT coalesce(sum(amount_fen), 0) AS fen FROM payments WHERE plan_id = plan)
        UPDATE repayment_plans p SET paid_fen = paid.fen,
               next_unpaid_due_on = (SELECT min(s.due_date) FROM (
                 SELECT i.due_date, sum(i.amount_fen) OVER (ORDER BY i.number) AS upto
                   FROM installments i WHERE i.plan_id = plan) s WHERE s.upto > paid.fen)
          FROM paid WHERE p.id = plan
      $$`);
    await q.query(`SELECT repayment_plan_progress(id) FROM repayment_plans`);
    await q.query(`
      CREATE FUNCTION repayment_plan_progress_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM repayment_plan_progress(OLD.plan_id); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM repayment_plan_progress(NEW.plan_id); END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['payments', 'installments'])
      await q.query(`
        CREATE TRIGGER ${table}_plan_progress AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION repayment_plan_progress_track()`);
  }

  private async planSavings(q: QueryRunner) {
    await q.query(`
      ALTER TABLE repayment_plans
        ADD COLUMN without_agreement_fen bigint,
        ADD COLUMN saved_fen bigint`);
    const plans: {
      id: string;
      total_fen: string;
      last_due: string;
      principal_fen: string;
      outstanding_fen: string;
      overdue_fen: string;
      overdue_since: string | null;
      penalty_daily_rate_bp: number;
      penalty_base: FrozenSimpleRule['base'];
      penalty_cap_bp: number | null;
    }[] = await q.query(`
      SELECT p.id, p.total_fen, (SELECT max(due_date) FROM installments WHERE plan_id = p.id)::text AS last_due,
             d.principal_fen, d.outstanding_fen, d.overdue_fen, d.overdue_since::text AS overdue_since,
             r.penalty_daily_rate_bp, r.penalty_base, r.penalty_cap_bp
        FROM repayment_plans p JOIN debts d ON d.id = p.debt_id JOIN creditors r ON r.id = d.creditor_id`);
    for (const p of plans) {
      const saved = frozenSavings(
        {
          principalFen: Number(p.principal_fen),
          outstandingFen: Number(p.outstanding_fen),
          overdueFen: Number(p.overdue_fen),
          overdueSince: p.overdue_since,
        },
        { dailyRateBp: p.penalty_daily_rate_bp, base: p.penalty_base, capBp: p.penalty_cap_bp },
        Number(p.total_fen),
        p.last_due,
      );
      await q.query(`UPDATE repayment_plans SET without_agreement_fen = $2, saved_fen = $3 WHERE id = $1`, [
        p.id,
        saved.withoutAgreementFen,
        saved.savedFen,
      ]);
    }
    await q.query(`
      ALTER TABLE repayment_plans
        ALTER COLUMN without_agreement_fen SET NOT NULL,
        ALTER COLUMN saved_fen SET NOT NULL`);
  }

  private async proposalTimes(q: QueryRunner) {
    await q.query(
      `ALTER TABLE proposals ADD COLUMN submitted_at timestamptz, ADD COLUMN decided_at timestamptz`,
    );
    await q.query(`
      UPDATE proposals p SET
        submitted_at = (SELECT min(e.at) FROM case_events e
                         WHERE e.case_id = p.case_id AND e.kind = 'proposal.submitted' AND e.details->>'proposalId' = p.id::text),
        decided_at = (SELECT max(e.at) FROM case_events e
                       WHERE e.case_id = p.case_id AND e.kind IN ('proposal.accepted', 'proposal.rejected')
                         AND e.details->>'proposalId' = p.id::text)`);
    // A proposal answered without a recorded submission was still put to the creditor.
    await q.query(
      `UPDATE proposals SET submitted_at = coalesce(decided_at, updated_at) WHERE submitted_at IS NULL AND status <> 'draft'`,
    );
    await q.query(`
      CREATE FUNCTION proposals_times_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status <> 'draft' AND NEW.submitted_at IS NULL THEN NEW.submitted_at := clock_timestamp(); END IF;
        IF NEW.status IN ('accepted', 'rejected') AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
          NEW.decided_at := clock_timestamp();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER proposals_times BEFORE INSERT OR UPDATE OF status ON proposals
      FOR EACH ROW EXECUTE FUNCTION proposals_times_track()`);
    await q.query(
      `CREATE INDEX proposals_submitted_idx ON proposals (submitted_at) WHERE submitted_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_officer_open_activity_idx`);
    await q.query(`DROP INDEX cases_officer_closed_idx`);
    await q.query(`DROP INDEX cases_officer_cohort_idx`);
    await q.query(`DROP TRIGGER proposals_times ON proposals`);
    await q.query(`DROP FUNCTION proposals_times_track()`);
    await q.query(`DROP INDEX proposals_submitted_idx`);
    await q.query(`ALTER TABLE proposals DROP COLUMN submitted_at, DROP COLUMN decided_at`);
    await q.query(`DROP TRIGGER payments_plan_progress ON payments`);
    await q.query(`DROP TRIGGER installments_plan_progress ON installments`);
    await q.query(`DROP FUNCTION repayment_plan_progress_track()`);
    await q.query(`DROP FUNCTION repayment_plan_progress(uuid)`);
    await q.query(`DROP INDEX repayment_plans_created_idx`);
    await q.query(`DROP INDEX repayment_plans_behind_idx`);
    await q.query(`DROP INDEX installments_plan_due_idx`);
    await q.query(`
      ALTER TABLE repayment_plans DROP COLUMN paid_fen, DROP COLUMN next_unpaid_due_on,
        DROP COLUMN without_agreement_fen, DROP COLUMN saved_fen`);
    await q.query(`DROP TRIGGER case_counts_on_move ON cases`);
    await q.query(`
      CREATE OR REPLACE FUNCTION case_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE case_counts SET n = n - 1 WHERE officer_id = OLD.officer_id AND stage = OLD.stage;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO case_counts (officer_id, stage, n) VALUES (NEW.officer_id, NEW.stage, 1)
          ON CONFLICT (officer_id, stage) DO UPDATE SET n = case_counts.n + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER case_counts_on_move AFTER UPDATE OF officer_id, stage ON cases
      FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id OR OLD.stage IS DISTINCT FROM NEW.stage)
      EXECUTE FUNCTION case_counts_track()`);
    await q.query(`ALTER TABLE case_counts DROP COLUMN outstanding_fen`);
    await q.query(`DROP TRIGGER cases_furthest_step ON cases`);
    await q.query(`DROP FUNCTION cases_furthest_step_track()`);
    await q.query(`ALTER TABLE cases DROP COLUMN furthest_step`);
    await q.query(`DROP FUNCTION funnel_step(text, text)`);
    await q.query(`DROP TRIGGER case_stage_stays_on_move ON cases`);
    await q.query(`DROP TRIGGER case_stage_stays_on_insert ON cases`);
    await q.query(`DROP FUNCTION case_stage_stays_track()`);
    await q.query(`DROP TABLE case_stage_stays`);
  }
}
