import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';

const folder = join(__dirname, '..', 'migrations');
const files = readdirSync(folder).filter((f) => /^\d{13}-.+\.ts$/.test(f));

describe('migrations', () => {
  it('import nothing of the running code: a later change to the rules never alters a fresh database', () => {
    for (const file of files) {
      const imports = [...readFileSync(join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => m[1],
      );
      for (const source of imports)
        expect([file, source]).toSatisfy(([, s]) => s === 'typeorm' || s.startsWith('./'));
    }
  });

  it('are all listed, once, in the order of their timestamps, each named by its own', () => {
    const listed = migrations.map((m) => m.name);
    const stamps = files.map((f) => f.slice(0, 13)).sort();
    expect(listed.map((name) => name.slice(-13))).toEqual(stamps);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
