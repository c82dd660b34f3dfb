/** When a proposal was put to the creditor and when it was answered, for the creditor report. */
export const proposalsTimesTrackV1 = {
  function: `
    CREATE OR REPLACE FUNCTION proposals_times_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status <> 'draft' AND NEW.submitted_at IS NULL THEN NEW.submitted_at := clock_timestamp(); END IF;
      IF NEW.status IN ('accepted', 'rejected') AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
        NEW.decided_at := clock_timestamp();
      END IF;
      RETURN NEW;
    END $$`,
  triggers: [
    {
      name: 'proposals_times',
      table: 'proposals',
      create: `
        CREATE TRIGGER proposals_times BEFORE INSERT OR UPDATE OF status ON proposals
        FOR EACH ROW EXECUTE FUNCTION proposals_times_track()`,
    },
  ],
};
