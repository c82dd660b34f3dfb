/**
 * Exact case counts and money under negotiation per officer and stage, kept in the same transaction as
 * every change to cases, so a list's total or the workload's sums read a few rows instead of every case.
 * v1 (migration 1764316800000) counted cases only; v2 (1765353600000) added outstanding_fen.
 */
export const caseCountsTrackV2 = {
  function: `
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
    END $$`,
  triggers: [
    {
      name: 'case_counts_on_insert_delete',
      table: 'cases',
      create: `
        CREATE TRIGGER case_counts_on_insert_delete AFTER INSERT OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION case_counts_track()`,
    },
    {
      name: 'case_counts_on_move',
      table: 'cases',
      create: `
        CREATE TRIGGER case_counts_on_move AFTER UPDATE OF officer_id, stage, total_outstanding_fen ON cases
        FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id OR OLD.stage IS DISTINCT FROM NEW.stage
                           OR OLD.total_outstanding_fen IS DISTINCT FROM NEW.total_outstanding_fen)
        EXECUTE FUNCTION case_counts_track()`,
    },
  ],
};
