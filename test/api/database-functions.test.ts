import { createTestDatabase, type TestDatabase } from '@accord/server-testing';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const sqlFolder = resolve(__dirname, '../../libs/server/core/src/database/migrations/sql');

interface NamedSql {
  function: string;
  triggers: { name: string; table: string; create: string }[];
}

/** The newest version of each function's file, by function name. */
async function newestNamedSql(): Promise<Map<string, NamedSql & { file: string }>> {
  const newest = new Map<string, { version: number; file: string }>();
  for (const file of readdirSync(sqlFolder)) {
    const [, name, version] = /^([a-z0-9_]+)\.v(\d+)\.ts$/.exec(file) ?? [];
    if (name && Number(version) > (newest.get(name)?.version ?? 0))
      newest.set(name, { version: Number(version), file });
  }
  const loaded = new Map<string, NamedSql & { file: string }>();
  for (const [name, { file }] of newest) {
    const [named] = Object.values(await import(join(sqlFolder, file))) as NamedSql[];
    loaded.set(name, { ...named, file });
  }
  return loaded;
}

let database: TestDatabase;
let owner: Client;
let files: Map<string, NamedSql & { file: string }>;
const rows = async <T>(sql: string, parameters?: unknown[]) =>
  (await owner.query(sql, parameters)).rows as T[];

/** Definitions as PostgreSQL prints them, so two spellings of one definition compare equal. */
const functionDefinition = async (name: string) =>
  (
    await rows<{ def: string }>(
      `SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p
         JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = $1`,
      [name],
    )
  ).map((r) => r.def);
const triggerDefinition = async (name: string) =>
  (
    await rows<{ def: string }>(`SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = $1`, [
      name,
    ])
  ).map((r) => r.def);

/** What `use` reads after the file's statements ran, in a transaction that is then rolled back. */
async function asTheFileWouldMake<T>(statements: string[], use: () => Promise<T>): Promise<T> {
  await owner.query('BEGIN');
  try {
    for (const sql of statements) await owner.query(sql);
    return await use();
  } finally {
    await owner.query('ROLLBACK');
  }
}

beforeAll(async () => {
  database = await createTestDatabase('db_functions');
  owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  files = await newestNamedSql();
});

afterAll(async () => {
  await owner?.end();
  await database?.drop();
});

describe('the functions and triggers of a freshly migrated database', () => {
  it('are the functions of the sql/ files, each exactly as its newest version defines it', async () => {
    const inDatabase = await rows<{ name: string }>(`
      SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       ORDER BY 1`);
    // One row per overload, so a stale signature left beside the current one shows up here too.
    expect(inDatabase.map((f) => f.name)).toEqual([...files.keys()].sort());
    for (const [name, named] of files) {
      const migrated = await functionDefinition(name);
      const fromFile = await asTheFileWouldMake([named.function], () => functionDefinition(name));
      expect([named.file, migrated]).toEqual([named.file, fromFile]);
    }
  });

  it('are the triggers the sql/ files declare, each calling its file’s function as that file says', async () => {
    const inDatabase = await rows<{ name: string; table: string; function: string; enabled: string }>(`
      SELECT t.tgname AS name, n.nspname || '.' || c.relname AS "table", p.proname AS function,
             t.tgenabled AS enabled
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE NOT t.tgisinternal ORDER BY 1`);
    const declared = [...files]
      .flatMap(([name, named]) =>
        named.triggers.map((t) => ({
          name: t.name,
          table: `public.${t.table}`,
          function: name,
          enabled: 'O',
        })),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(inDatabase).toEqual(declared);
    // Timing, events, columns, WHEN and level too: the file's statement made again under another name.
    for (const named of files.values())
      for (const trigger of named.triggers) {
        const probe = `${trigger.name}_probe`;
        const migrated = await triggerDefinition(trigger.name);
        const fromFile = await asTheFileWouldMake(
          [trigger.create.replace(`CREATE TRIGGER ${trigger.name} `, `CREATE TRIGGER ${probe} `)],
          () => triggerDefinition(probe),
        );
        expect([named.file, migrated]).toEqual([
          named.file,
          fromFile.map((def) => def.replace(`CREATE TRIGGER ${probe} `, `CREATE TRIGGER ${trigger.name} `)),
        ]);
      }
  });

  it('still work: a new case is counted under its officer and stage, and a move carries the count', async () => {
    const [officer] = await rows<{ id: string }>(`
      INSERT INTO users (email, full_name, password_hash, role)
      VALUES ('counted@example.test', '計數專員', 'x', 'officer') RETURNING id`);
    const [client] = await rows<{ id: string }>(
      `INSERT INTO clients (full_name, id_type, id_number_cipher, id_number_hash, id_number_masked, key_id, officer_id)
       VALUES ('王小明', 'other', 'x', 'counted', 'x***', 'k', $1) RETURNING id`,
      [officer.id],
    );
    const counts = () =>
      rows<{ stage: string; n: string; outstanding_fen: string }>(
        `SELECT stage, n, outstanding_fen FROM case_counts WHERE officer_id = $1 AND n > 0 ORDER BY stage`,
        [officer.id],
      );
    expect(await counts()).toEqual([]);
    const [kase] = await rows<{ id: string }>(
      `INSERT INTO cases (reference, client_id, officer_id, overdue_reason, opened_on, total_outstanding_fen)
       VALUES (next_case_reference('2026'), $1, $2, 'illness', current_date, 120000) RETURNING id`,
      [client.id, officer.id],
    );
    expect(await counts()).toEqual([{ stage: 'intake', n: '1', outstanding_fen: '120000' }]);
    await owner.query(`UPDATE cases SET stage = 'documents' WHERE id = $1`, [kase.id]);
    expect(await counts()).toEqual([{ stage: 'documents', n: '1', outstanding_fen: '120000' }]);
  });
});
