import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';

const folder = join(__dirname, '..', 'migrations');
const files = readdirSync(folder).filter((f) => /^\d{13}-.+\.ts$/.test(f));
const sqlFolder = join(folder, 'sql');
const sqlFiles = readdirSync(sqlFolder).filter((f) => f !== 'README.md');
/** `<function>.v<N>.ts`: the function's name as PostgreSQL spells it, and a version from 1. */
const NAMED_SQL = /^([a-z_][a-z0-9_]*)\.v([1-9][0-9]*)\.ts$/;

/** Static, side-effect and dynamic imports and requires; not a `from '…'` inside a file's SQL. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [
    /^(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm,
    /^import\s*'([^']+)'/gm,
    /\b(?:import|require)\s*\(\s*'([^']+)'/g,
  ].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
}

interface NamedSql {
  function: string;
  triggers: { name: string; table: string; create: string }[];
}

describe('migrations', () => {
  it('import nothing of the running code: a later change to the rules never alters a fresh database', () => {
    for (const file of files)
      for (const source of importsOf(join(folder, file)))
        expect([file, source]).toSatisfy(
          ([, s]) => s === 'typeorm' || /^\.\/[^./][^/]*$/.test(s) || /^\.\/sql\/[^/]+$/.test(s),
        );
  });

  it('are all listed, once, in the order of their timestamps, each named by its own', () => {
    const listed = migrations.map((m) => m.name);
    const stamps = files.map((f) => f.slice(0, 13)).sort();
    expect(listed.map((name) => name.slice(-13))).toEqual(stamps);
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('named SQL files', () => {
  it('are each named <function>.v<N>.ts and import nothing, so an applied version stays what it was', () => {
    expect(sqlFiles.length).toBeGreaterThan(0);
    for (const file of sqlFiles) {
      expect(file).toMatch(NAMED_SQL);
      expect([file, importsOf(join(sqlFolder, file))]).toEqual([file, []]);
    }
  });

  it('each export one definition that creates the function its name says, and triggers that call it', async () => {
    for (const file of sqlFiles) {
      const [, fn, version] = NAMED_SQL.exec(file) ?? [];
      const exported = Object.entries(await import(join(sqlFolder, file)));
      const camel = fn.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      expect([file, exported.map(([name]) => name)]).toEqual([file, [`${camel}V${version}`]]);
      const named = exported[0][1] as NamedSql;
      expect([file, named.function]).toSatisfy(([, sql]) =>
        new RegExp(`^\\s*CREATE OR REPLACE FUNCTION ${fn}\\(`).test(sql),
      );
      for (const trigger of named.triggers)
        expect([file, trigger.create]).toSatisfy(([, sql]) =>
          new RegExp(
            `^\\s*CREATE TRIGGER ${trigger.name} [^;]*? ON ${trigger.table}\\s[^;]*EXECUTE FUNCTION ${fn}\\(\\)\\s*$`,
          ).test(sql),
        );
    }
  });
});
