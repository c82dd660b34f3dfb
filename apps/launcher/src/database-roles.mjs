// The quick start's two database roles on the embedded PostgreSQL: `accord_owner` owns the schema and
// runs the migrations; `accord_app`, which the API and worker run as, gets its rights from `cli.js
// migrate` and owns nothing in `public`, so it can neither rewrite the audit log nor switch off its
// triggers. Run as the cluster's superuser, before migrating; idempotent, so every start runs it.

export const OWNER_ROLE = 'accord_owner';
export const RUNTIME_ROLE = 'accord_app';

/** Passwords are generated base64url, so they sit in SQL literals and URLs as they are. */
function literal(password) {
  if (!/^[A-Za-z0-9_-]+$/.test(password)) throw new Error('database passwords must be base64url');
  return `'${password}'`;
}

export async function prepareDatabaseRoles(superuserUrl, passwords) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const superuser = (await client.query('SELECT current_user AS name')).rows[0].name;
    for (const [role, password] of [
      [OWNER_ROLE, passwords.owner],
      [RUNTIME_ROLE, passwords.app],
    ]) {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      await client.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${literal(password)}`,
      );
    }
    const database = client.escapeIdentifier(
      (await client.query('SELECT current_database() AS name')).rows[0].name,
    );
    await client.query(`ALTER DATABASE ${database} OWNER TO ${OWNER_ROLE}`);
    // A quick start from before the split migrated as the superuser: its tables go to the owner and
    // BullMQ's queue schema to the runtime role, which creates and uses it.
    await handOver(client, superuser, `n.nspname = 'public'`, OWNER_ROLE);
    await handOver(client, superuser, `n.nspname LIKE 'bullmq\\_%'`, RUNTIME_ROLE);
    const schemas = await client.query(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bullmq\\_%' AND nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [superuser],
    );
    for (const { nspname } of schemas.rows)
      await client.query(`ALTER SCHEMA ${client.escapeIdentifier(nspname)} OWNER TO ${RUNTIME_ROLE}`);
  } finally {
    await client.end();
  }
}

/** Tables, views, free-standing sequences and functions the superuser owns in the schemas matched. */
async function handOver(client, from, schemaCondition, to) {
  const relations = await client.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind AS kind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${schemaCondition} AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
        AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        -- Sequences behind identity and serial columns follow their table.
        AND NOT (c.relkind = 'S' AND EXISTS (
          SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))`,
    [from],
  );
  const command = { r: 'TABLE', p: 'TABLE', v: 'VIEW', m: 'MATERIALIZED VIEW', S: 'SEQUENCE' };
  for (const { name, kind } of relations.rows)
    await client.query(`ALTER ${command[kind]} ${name} OWNER TO ${to}`);
  const routines = await client.query(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${schemaCondition} AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [from],
  );
  for (const { signature } of routines.rows) await client.query(`ALTER ROUTINE ${signature} OWNER TO ${to}`);
}
