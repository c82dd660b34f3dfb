/**
 * Steps of the stage funnel in the spine's order; credit repair comes after repaying, so it counts as
 * having repaid, and a case closed as resolved is the last step.
 */
export const funnelStepV1 = {
  function: `
    CREATE OR REPLACE FUNCTION funnel_step(stage text, outcome text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
      SELECT (CASE
        WHEN outcome = 'resolved' THEN 6
        WHEN stage IN ('repaying', 'credit_repair') THEN 5
        WHEN stage = 'agreed' THEN 4
        WHEN stage = 'negotiating' THEN 3
        WHEN stage = 'creditor_contact' THEN 2
        WHEN stage = 'documents' THEN 1
        ELSE 0 END)::smallint
    $$`,
  triggers: [],
};
