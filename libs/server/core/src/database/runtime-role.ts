import type { AppConfig } from '../config/config.schema';

/** One session's query function (a QueryRunner's, say): the grants run in one transaction on it. */
export type RunSql = (sql: string, parameters?: unknown[]) => Promise<unknown>;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The role the API and worker run as, when it is not the one that migrates: DATABASE_RUNTIME_ROLE, else
 * DATABASE_URL's user once a separate DATABASE_MIGRATION_URL is set. Undefined when both are one role.
 */
export function runtimeRoleOf(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_MIGRATION_URL' | 'DATABASE_RUNTIME_ROLE'>,
): string | undefined {
  if (config.DATABASE_RUNTIME_ROLE) return config.DATABASE_RUNTIME_ROLE;
  if (!config.DATABASE_MIGRATION_URL) return undefined;
  const runtime = decodeURIComponent(new URL(config.DATABASE_URL).username);
  const owner = decodeURIComponent(new URL(config.DATABASE_MIGRATION_URL).username);
  return runtime && runtime !== owner ? runtime : undefined;
}

export class RuntimeRoleError extends Error {}

/**
 * Gives the runtime role what the API and worker need and nothing more, run by the owner right after the
 * migrations (so tables a migration added are covered): reading and writing rows, sequences, but on
 * audit_log only INSERT and SELECT, and no ownership, so it can neither rewrite history nor switch off
 * the append-only triggers (`ALTER TABLE … DISABLE TRIGGER` is for owners only).
 *
 * BullMQ's PostgreSQL backend (the quick start's queue, when REDIS_URL is absent) creates its schema
 * `bullmq_<prefix>` and its tables when it starts, and creates and drops a sequence per queue while it
 * runs, so its role must be able to create a schema. The runtime role is given CREATE on this database
 * for that, and only then: it owns its queue schema (scratch state the reconciler rebuilds from
 * PostgreSQL's rows) and still nothing in `public`. Preparing the schema here instead would tie the
 * migration to QUEUE_PREFIX and still need CREATE in that schema at run time; with Redis, the
 * production backend, the runtime role gets no CREATE at all.
 */
export async function grantRuntimeRole(
  sql: RunSql,
  options: { role: string; queueOnPostgres: boolean },
): Promise<void> {
  const { role, queueOnPostgres } = options;
  if (!ROLE_NAME.test(role)) throw new RuntimeRoleError(`"${role}" is not a plain role name`);
  const [found] = (await sql(
    `SELECT r.rolsuper AS super, r.rolname = current_user AS same,
            pg_has_role($1, current_user, 'MEMBER') AS "memberOfOwner"
       FROM pg_roles r WHERE r.rolname = $1`,
    [role],
  )) as { super: boolean; same: boolean; memberOfOwner: boolean }[];
  if (!found) throw new RuntimeRoleError(`the runtime role "${role}" does not exist: create it first`);
  if (found.same || found.super || found.memberOfOwner)
    throw new RuntimeRoleError(
      `the runtime role "${role}" is the owner, a member of it or a superuser: it could rewrite the audit log`,
    );
  const [{ owned }] = (await sql(
    `SELECT count(*)::int AS owned FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [role],
  )) as { owned: number }[];
  if (owned > 0)
    throw new RuntimeRoleError(
      `the runtime role "${role}" owns ${owned} tables, indexes or sequences in public: move them to the owner first (ALTER … OWNER TO)`,
    );

  await sql('BEGIN');
  try {
    const quoted = `"${role}"`;
    await sql(`GRANT CONNECT, TEMPORARY ON DATABASE "${await currentDatabase(sql)}" TO ${quoted}`);
    await sql(`GRANT USAGE ON SCHEMA public TO ${quoted}`);
    await sql(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${quoted}`);
    await sql(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoted}`);
    await sql(`REVOKE UPDATE, DELETE ON audit_log, schema_migrations FROM ${quoted}`);
    await sql(`REVOKE INSERT ON schema_migrations FROM ${quoted}`);
    await sql(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`);
    await sql(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${quoted}`);
    // Tables the owner creates by hand between migrations are reachable too; audit_log's limits are
    // set again above on every migrate.
    await sql(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${quoted}`,
    );
    await sql(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${quoted}`);
    await sql(
      `${queueOnPostgres ? 'GRANT' : 'REVOKE'} CREATE ON DATABASE "${await currentDatabase(sql)}" ${queueOnPostgres ? 'TO' : 'FROM'} ${quoted}`,
    );
    // PostgreSQL before 15 lets everyone create in public; only the schema's owner can take that back.
    await sql(`SAVEPOINT public_create`);
    try {
      await sql(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await sql(`RELEASE SAVEPOINT public_create`);
    } catch {
      await sql(`ROLLBACK TO SAVEPOINT public_create`);
    }
    await assertLeastPrivilege(sql, role);
    await sql('COMMIT');
  } catch (error) {
    await sql('ROLLBACK');
    throw error;
  }
}

async function currentDatabase(sql: RunSql): Promise<string> {
  const [{ name }] = (await sql(`SELECT current_database() AS name`)) as { name: string }[];
  return name.replace(/"/g, '""');
}

/** Checked, not assumed: a grant to PUBLIC or through another role would be as good as one to the role. */
async function assertLeastPrivilege(sql: RunSql, role: string): Promise<void> {
  const [check] = (await sql(
    `SELECT has_table_privilege($1, 'public.audit_log', 'UPDATE') AS "update",
            has_table_privilege($1, 'public.audit_log', 'DELETE') AS "delete",
            has_table_privilege($1, 'public.audit_log', 'TRUNCATE') AS "truncate",
            has_table_privilege($1, 'public.audit_log', 'INSERT') AS "insert",
            pg_has_role($1, (SELECT relowner FROM pg_class WHERE oid = 'public.audit_log'::regclass), 'MEMBER') AS "owner",
            has_schema_privilege($1, 'public', 'CREATE') AS "createInPublic"`,
    [role],
  )) as Record<string, boolean>[];
  const wrong = ['update', 'delete', 'truncate', 'owner', 'createInPublic'].filter((k) => check[k]);
  if (wrong.length || !check.insert)
    throw new RuntimeRoleError(
      `the runtime role "${role}" would still have ${wrong.join(', ') || 'no INSERT'} on audit_log or public; fix the grants by hand`,
    );
}
