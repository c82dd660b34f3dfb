/**
 * Each case's time in each stage, for the workload's median days per stage: a move closes the open stay
 * (recording whose case it was, the officer the median speaks of) and opens the next.
 */
export const caseStageStaysTrackV1 = {
  function: `
    CREATE OR REPLACE FUNCTION case_stage_stays_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        UPDATE case_stage_stays SET left_at = greatest(clock_timestamp(), entered_at), officer_id = OLD.officer_id
         WHERE case_id = NEW.id AND left_at IS NULL;
      END IF;
      INSERT INTO case_stage_stays (case_id, stage, entered_at) VALUES (NEW.id, NEW.stage, clock_timestamp());
      RETURN NULL;
    END $$`,
  triggers: [
    {
      name: 'case_stage_stays_on_insert',
      table: 'cases',
      create: `
        CREATE TRIGGER case_stage_stays_on_insert AFTER INSERT ON cases
        FOR EACH ROW EXECUTE FUNCTION case_stage_stays_track()`,
    },
    {
      name: 'case_stage_stays_on_move',
      table: 'cases',
      create: `
        CREATE TRIGGER case_stage_stays_on_move AFTER UPDATE OF stage ON cases
        FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION case_stage_stays_track()`,
    },
  ],
};
