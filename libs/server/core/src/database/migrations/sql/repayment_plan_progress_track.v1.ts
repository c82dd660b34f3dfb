/** A plan's progress follows every write to its payments and installments, in the same transaction. */
export const repaymentPlanProgressTrackV1 = {
  function: `
    CREATE OR REPLACE FUNCTION repayment_plan_progress_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM repayment_plan_progress(OLD.plan_id); END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM repayment_plan_progress(NEW.plan_id); END IF;
      RETURN NULL;
    END $$`,
  triggers: [
    {
      name: 'payments_plan_progress',
      table: 'payments',
      create: `
        CREATE TRIGGER payments_plan_progress AFTER INSERT OR UPDATE OR DELETE ON payments
        FOR EACH ROW EXECUTE FUNCTION repayment_plan_progress_track()`,
    },
    {
      name: 'installments_plan_progress',
      table: 'installments',
      create: `
        CREATE TRIGGER installments_plan_progress AFTER INSERT OR UPDATE OR DELETE ON installments
        FOR EACH ROW EXECUTE FUNCTION repayment_plan_progress_track()`,
    },
  ],
};
