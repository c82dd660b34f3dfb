/**
 * Each piece of an officer's work (reminders, document requirements, contacts, repayment plans) carries
 * whose case it is and whether that case is open, copied from the case when the row is written, so the
 * officer's day reads partial indexes that start with the officer instead of joining every case.
 * case_work_follow_move keeps the same four tables in step when the case moves.
 */
export const caseWorkFollowCaseV1 = {
  function: `
    CREATE OR REPLACE FUNCTION case_work_follow_case() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.case_id IS NOT NULL THEN
        SELECT c.officer_id, c.stage <> 'closed' INTO NEW.officer_id, NEW.case_open FROM cases c WHERE c.id = NEW.case_id;
      END IF;
      RETURN NEW;
    END $$`,
  triggers: [
    {
      name: 'reminders_follow_case',
      table: 'reminders',
      create: `
        CREATE TRIGGER reminders_follow_case BEFORE INSERT OR UPDATE OF case_id ON reminders
        FOR EACH ROW EXECUTE FUNCTION case_work_follow_case()`,
    },
    {
      name: 'document_requirements_follow_case',
      table: 'document_requirements',
      create: `
        CREATE TRIGGER document_requirements_follow_case BEFORE INSERT OR UPDATE OF case_id ON document_requirements
        FOR EACH ROW EXECUTE FUNCTION case_work_follow_case()`,
    },
    {
      name: 'contacts_follow_case',
      table: 'contacts',
      create: `
        CREATE TRIGGER contacts_follow_case BEFORE INSERT OR UPDATE OF case_id ON contacts
        FOR EACH ROW EXECUTE FUNCTION case_work_follow_case()`,
    },
    {
      name: 'repayment_plans_follow_case',
      table: 'repayment_plans',
      create: `
        CREATE TRIGGER repayment_plans_follow_case BEFORE INSERT OR UPDATE OF case_id ON repayment_plans
        FOR EACH ROW EXECUTE FUNCTION case_work_follow_case()`,
    },
  ],
};
