/**
 * The audit log is append-only even for its owner or a superuser, whom privileges alone do not bind:
 * updates, deletes and truncation are refused by triggers.
 */
export const auditLogRefuseChangeV1 = {
  function: `
    CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`,
  triggers: [
    {
      name: 'audit_log_no_update_delete',
      table: 'audit_log',
      create: `
        CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    },
    {
      name: 'audit_log_no_truncate',
      table: 'audit_log',
      create: `
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    },
  ],
};
