#!/bin/sh
# The owner role that migrates and owns every table, and the runtime role the API and worker use, which
# `cli.js migrate` grants rows to and only INSERT and SELECT on audit_log. The postgres image runs this
# once, when it initialises an empty volume; for a volume made before the roles, run it once by hand
# (README, "Running it for real"): it is idempotent and hands the superuser's tables to the owner.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$ACCORD_OWNER_DB_PASSWORD" -v app_password="$ACCORD_APP_DB_PASSWORD" \
  -v database="$POSTGRES_DB" <<'SQL'
SELECT format('CREATE ROLE accord_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accord_owner') \gexec
SELECT format('CREATE ROLE accord_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accord_app') \gexec
ALTER DATABASE :"database" OWNER TO accord_owner;
-- Tables, views, free-standing sequences (identity and serial ones follow their table) and functions.
SELECT format('ALTER %s %s OWNER TO accord_owner',
              CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
              c.oid::regclass)
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
   AND c.relowner <> 'accord_owner'::regrole
   AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))) \gexec
SELECT format('ALTER ROUTINE %s OWNER TO accord_owner', p.oid::regprocedure)
  FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'accord_owner'::regrole \gexec
SQL
