/**
 * A reassigned, closed or reopened case moves its officer's work with it: the same four tables whose rows
 * case_work_follow_case fills in when they are written.
 */
export const caseWorkFollowMoveV1 = {
  function: `
    CREATE OR REPLACE FUNCTION case_work_follow_move() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE reminders SET officer_id = NEW.officer_id, case_open = NEW.stage <> 'closed' WHERE case_id = NEW.id;
      UPDATE document_requirements SET officer_id = NEW.officer_id, case_open = NEW.stage <> 'closed' WHERE case_id = NEW.id;
      UPDATE contacts SET officer_id = NEW.officer_id, case_open = NEW.stage <> 'closed' WHERE case_id = NEW.id;
      UPDATE repayment_plans SET officer_id = NEW.officer_id, case_open = NEW.stage <> 'closed' WHERE case_id = NEW.id;
      RETURN NULL;
    END $$`,
  triggers: [
    {
      name: 'cases_work_follows',
      table: 'cases',
      create: `
        CREATE TRIGGER cases_work_follows AFTER UPDATE OF officer_id, stage ON cases
        FOR EACH ROW WHEN (OLD.officer_id IS DISTINCT FROM NEW.officer_id
                           OR (OLD.stage = 'closed') IS DISTINCT FROM (NEW.stage = 'closed'))
        EXECUTE FUNCTION case_work_follow_move()`,
    },
  ],
};
