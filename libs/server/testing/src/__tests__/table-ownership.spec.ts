import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CASES_TABLES } from '@accord/server-cases';
import { CLIENTS_TABLES } from '@accord/server-clients';
import { CORE_TABLES } from '@accord/server-core';
import { COURT_TABLES } from '@accord/server-court';
import { CREDIT_RECORD_TABLES } from '@accord/server-credit-record';
import { CREDITORS_TABLES } from '@accord/server-creditors';
import { DOCUMENTS_TABLES } from '@accord/server-documents';
import { NEGOTIATION_TABLES } from '@accord/server-negotiation';
import { REMINDERS_TABLES } from '@accord/server-reminders';
import { USERS_TABLES } from '@accord/server-users';
import { WORKLOAD_TABLES } from '@accord/server-workload';
import { describe, expect, it } from 'vitest';

/**
 * One owner per table: each table belongs to one feature library, and another feature reads it through
 * that feature's exported query or service, never its own SQL. The owners declare their tables
 * (tables.ts in each library); this test holds them to it.
 */

const OWNED: Record<string, readonly string[]> = {
  core: CORE_TABLES,
  users: USERS_TABLES,
  creditors: CREDITORS_TABLES,
  clients: CLIENTS_TABLES,
  cases: CASES_TABLES,
  documents: DOCUMENTS_TABLES,
  negotiation: NEGOTIATION_TABLES,
  'credit-record': CREDIT_RECORD_TABLES,
  court: COURT_TABLES,
  reminders: REMINDERS_TABLES,
  workload: WORKLOAD_TABLES,
};

/**
 * What is still left to move: [file under libs/server, another feature's table, how often it occurs].
 * Empty now: every feature reads another's tables through what that owner exports. The list only shrinks: a new occurrence fails, and so does an entry that no longer matches what the
 * code holds (lower its count or delete it once the read goes through the owner).
 */
const LEFT_TO_MOVE: [string, string, number][] = [];

const ROOT = join(__dirname, '../../../../..');
const SERVER = join(ROOT, 'libs/server');
const MIGRATIONS = join(SERVER, 'core/src/database/migrations');

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Tests and migrations are not a feature's running code (migrations create every table, in core). */
const isRunningCode = (file: string) =>
  !/\/__tests__\/|\.spec\.ts$|\.integration-spec\.ts$/.test(file) && !file.startsWith(MIGRATIONS);

/** Comments name tables in prose ("reads from cases"): drop them, keeping the code and the SQL. */
const withoutComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/(^|\s)--\s.*$/gm, '$1');

/** SQL that reads or writes a table: FROM/JOIN/UPDATE/INSERT INTO/DELETE FROM/TRUNCATE, and comma lists. */
const SQL_TABLE =
  /\b(?:FROM|JOIN|UPDATE|INTO|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?((?:\s+(?:AS\s+)?[a-z_]\w*)?(?:\s*,\s*"?[a-z_][a-z0-9_]*"?(?:\s+(?:AS\s+)?[a-z_]\w*)?)*)/g;
const COMMA_TABLE = /,\s*"?([a-z_][a-z0-9_]*)"?/g;
/** TypeORM's query builder naming a table: .from('cases', 'c'), .innerJoin('debts', …), .into('…'). */
const BUILDER_TABLE =
  /\.(?:from|into|update|delete|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g;
/** TypeORM reaching a table through its entity class: getRepository(Case), manager.find(Case, …), … */
const ENTITY_USE =
  /(?:\.(?:getRepository|find\w*|count\w*|exist\w*|insert|update|upsert|delete|save|remove|increment|decrement|createQueryBuilder|from|into|(?:inner|left)Join\w*)|InjectRepository)\(\s*([A-Z]\w*)\b/g;
const FOR_FEATURE = /forFeature\(\s*\[([^\]]*)\]/g;

/** Entity class → table, from every `@Entity({ name: '…' })` of the server libraries. */
function entityTables(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of sourcesOf(SERVER)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'(\w+)'[\s\S]*?export class (\w+)/g))
      map.set(m[2], m[1]);
  }
  return map;
}

/** Every table a file reads or writes, as often as it does. */
function tablesUsed(text: string, entities: Map<string, string>): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const m of code.matchAll(SQL_TABLE)) {
    found.push(m[1]);
    for (const c of (m[2] ?? '').matchAll(COMMA_TABLE)) found.push(c[1]);
  }
  for (const m of code.matchAll(BUILDER_TABLE)) found.push(m[1]);
  const classes = [
    ...[...code.matchAll(ENTITY_USE)].map((m) => m[1]),
    ...[...code.matchAll(FOR_FEATURE)].flatMap((m) => m[1].split(',').map((name) => name.trim())),
  ];
  for (const name of classes) {
    const table = entities.get(name);
    if (table) found.push(table);
  }
  return found;
}

describe('one owner per table', () => {
  const owner = new Map<string, string>();
  for (const [feature, tables] of Object.entries(OWNED)) for (const t of tables) owner.set(t, feature);

  it('gives every table the migrations create exactly one owner, and names no other', () => {
    const created = new Set<string>();
    for (const file of sourcesOf(MIGRATIONS))
      for (const m of readFileSync(file, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g))
        created.add(m[1]);
    const declared = Object.values(OWNED).flat();
    expect(
      declared.filter((t, i) => declared.indexOf(t) !== i),
      'tables with two owners',
    ).toEqual([]);
    expect([...created].filter((t) => !owner.has(t)).sort(), 'tables without an owner').toEqual([]);
    expect(declared.filter((t) => !created.has(t)).sort(), 'owned tables no migration creates').toEqual([]);
  });

  it("keeps every feature's SQL to its own tables, but for what is left to move", () => {
    const entities = entityTables();
    const counts = new Map<string, number>();
    for (const feature of Object.keys(OWNED))
      for (const file of sourcesOf(join(SERVER, feature, 'src')).filter(isRunningCode))
        for (const table of tablesUsed(readFileSync(file, 'utf8'), entities)) {
          const of = owner.get(table);
          if (!of || of === feature) continue;
          const key = `${relative(SERVER, file)} ${table}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    const actual = [...counts].map(([key, n]) => `${key} ×${n}`).sort();
    const allowed = LEFT_TO_MOVE.map(([file, table, n]) => `${file} ${table} ×${n}`).sort();
    expect(actual).toEqual(allowed);
  });
});
