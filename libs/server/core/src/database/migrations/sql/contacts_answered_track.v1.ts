/**
 * A contact's follow-up is answered by any later contact on the case, so the officer's day lists only
 * follow-ups still waiting: recomputed for the whole case on every write, since a moved or deleted
 * contact can answer or un-answer any other.
 */
export const contactsAnsweredTrackV1 = {
  function: `
    CREATE OR REPLACE FUNCTION contacts_answered_track() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE affected uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
    BEGIN
      UPDATE contacts k SET answered = EXISTS (
               SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at)
       WHERE k.case_id = affected;
      RETURN NULL;
    END $$`,
  triggers: [
    {
      name: 'contacts_answered',
      table: 'contacts',
      create: `
        CREATE TRIGGER contacts_answered AFTER INSERT OR DELETE OR UPDATE OF occurred_at ON contacts
        FOR EACH ROW EXECUTE FUNCTION contacts_answered_track()`,
    },
  ],
};
