import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../report-csv';

/**
 * The credit_repair stage is the firm's work on the credit record: a true overdue record cannot be
 * "repaired" or erased, so no word shown to people may promise it (DESIGN.md, DOMAIN.md).
 */
const PROMISES = /修復|修复|repair/i;

const I18N = join(__dirname, '../../../../../apps/dashboard/src/i18n');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The quoted texts of a message file: keys such as credit_repair are codes, not words. */
const texts = (source: string) => [...source.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the credit record’s words', () => {
  it('no dashboard message says repair (修復, 修复)', () => {
    const found = files(I18N).flatMap((path) =>
      texts(readFileSync(path, 'utf8'))
        .filter((t) => PROMISES.test(t))
        .map((t) => `${path}: ${t}`),
    );
    expect(found).toEqual([]);
  });

  it('no CSV word says repair, and the stage reads 信用紀錄處理 / 信用记录处理 / Credit record', () => {
    expect(strings(WORDS).filter((t) => PROMISES.test(t))).toEqual([]);
    expect(WORDS['zh-TW'].stages.credit_repair).toBe('信用紀錄處理');
    expect(WORDS['zh-CN'].stages.credit_repair).toBe('信用记录处理');
    expect(WORDS.en.stages.credit_repair).toBe('Credit record');
  });
});
