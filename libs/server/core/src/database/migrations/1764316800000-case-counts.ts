import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exact case counts per officer and stage, kept by a trigger in the same transaction as every change to
 * cases, so the case list's total for a scope (officer, team, firm) and a stage is a sum of a few rows
 * instead of counting up to a million cases.
 */
export class CaseCounts1764316800000 implements MigrationInterface {
  name = 'CaseCounts1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_counts (
        officer_id uuid NOT NULL,
        stage text NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (officer_id, stage)
      )`);
    await q.query(
      `INSERT INTO case_counts (officer_id, stage, n) SELECT officer_id, stage, count(*) FROM cases GROUP BY 1, 2`,
    );
    await q.query(`
      CREATE FUNCTION case_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER case_counts_on_insert_delete AFTER INSERT OR DELETE ON cases
      FOR EACH ROW EXECUTE FUNCTION case_counts_track()`);
    await q.query(`
      CREATE TRIGGER case_counts_on_move AFTER UPDATE OF officer_id, stage ON cases
      FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id OR OLD.stage IS DISTINCT FROM NEW.stage)
      EXECUTE FUNCTION case_counts_track()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_counts_on_move ON cases`);
    await q.query(`DROP TRIGGER case_counts_on_insert_delete ON cases`);
    await q.query(`DROP FUNCTION case_counts_track()`);
    await q.query(`DROP TABLE case_counts`);
  }
}
