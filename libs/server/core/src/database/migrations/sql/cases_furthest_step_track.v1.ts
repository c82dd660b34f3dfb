/** How far along the spine a case has come, for the funnel: it only ever grows, whatever a move undoes. */
export const casesFurthestStepTrackV1 = {
  function: `
    CREATE OR REPLACE FUNCTION cases_furthest_step_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.furthest_step := greatest(
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.furthest_step ELSE 0 END,
        NEW.furthest_step, funnel_step(NEW.stage, NEW.outcome));
      RETURN NEW;
    END $$`,
  triggers: [
    {
      name: 'cases_furthest_step',
      table: 'cases',
      create: `
        CREATE TRIGGER cases_furthest_step BEFORE INSERT OR UPDATE OF stage, outcome, furthest_step ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_furthest_step_track()`,
    },
  ],
};
