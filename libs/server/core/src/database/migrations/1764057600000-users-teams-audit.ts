import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsersTeamsAudit1764057600000 implements MigrationInterface {
  name = 'UsersTeamsAudit1764057600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        manager_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX teams_name_key ON teams (lower(name))`);
    await q.query(
      `CREATE UNIQUE INDEX teams_manager_id_key ON teams (manager_id) WHERE manager_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        full_name text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 100),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'manager', 'officer')),
        team_id uuid REFERENCES teams (id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'zh-CN', 'en')),
        token_version integer NOT NULL DEFAULT 0,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_team_id_idx ON users (team_id)`);
    await q.query(`CREATE INDEX users_role_full_name_idx ON users (role, full_name)`);
    await q.query(`CREATE INDEX users_created_at_idx ON users (created_at, id)`);
    await q.query(
      `ALTER TABLE teams ADD CONSTRAINT teams_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE RESTRICT`,
    );

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        subject text,
        ip text,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_action_at_idx ON audit_log (action, at DESC)`);
    // Throttling counts recent failed sign-ins per account and per address: keep those look-ups indexed.
    await q.query(
      `CREATE INDEX audit_log_failed_subject_idx ON audit_log (subject, at) WHERE action = 'auth.sign_in_failed'`,
    );
    await q.query(
      `CREATE INDEX audit_log_failed_ip_idx ON audit_log (ip, at) WHERE action = 'auth.sign_in_failed'`,
    );

    // Append-only even for the table owner: privileges alone do not bind the owner or a superuser.
    await q.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_refuse_change()`);
    await q.query(`ALTER TABLE teams DROP CONSTRAINT teams_manager_id_fkey`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE teams`);
  }
}
