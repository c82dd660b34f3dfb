import { CREDIT_DISPUTE_GROUNDS, CREDITOR_PRODUCTS, LOCALES } from '@accord/contracts';
import { addDays } from '@accord/domain';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDIT_RECORD_REMINDER_KINDS } from '../credit-reminder-kinds';
import { creditRecordSummary, type SummaryDispute, type SummaryEntry } from '../credit-record-summary';
import { FALSE_PROMISES, REPAIR } from './forbidden-words';

/**
 * Honest words ([7/10]): a true overdue record cannot be washed, erased or "repaired", so nothing the
 * product shows people may promise it (DESIGN.md, DOMAIN.md). Every user-facing text is searched for
 * 洗白, 消除逾期, 修復征信 / 修复征信, "erase" and "clean your record": the dashboard's messages, the
 * reminders' wordings, the CSV reports' words, the demo seeds' strings and the client's credit-record
 * summary over random records. The messages and the CSV words never say repair (修復, 修复) either, and the
 * credit-record stage reads 信用紀錄處理 / 信用记录处理 / Credit record.
 */

const ROOT = join(__dirname, '../../../../..');
const I18N = join(ROOT, 'apps/dashboard/src/i18n');
const SERVER = join(ROOT, 'libs/server');
const CSV_WORDS = join(SERVER, 'workload/src/report-csv.ts');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : files(path);
    return path.endsWith('.ts') || path.endsWith('.tsx') ? [path] : [];
  });
}

/** Comments explain in prose what the words must not promise: only code and its strings are searched. */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The quoted texts of a source: keys such as credit_repair are codes, not words. */
const texts = (source: string) =>
  [...withoutComments(source).matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);

/** Every line of code (comments dropped): strings built in templates are searched too. */
const codeLines = (source: string) => withoutComments(source).split('\n');

/** The reminder wordings of every feature (…reminder-kinds.ts) and the engine's own kinds. */
const reminderWordings = () => [
  ...readdirSync(SERVER).flatMap((lib) => {
    const src = join(SERVER, lib, 'src');
    try {
      return readdirSync(src)
        .filter((name) => name.endsWith('reminder-kinds.ts'))
        .map((name) => join(src, name));
    } catch {
      return [];
    }
  }),
  join(SERVER, 'reminders/src/built-in-kinds.ts'),
];

/** The demo seeds: every seed/ folder of the server libraries, and the API's own. */
const seeds = () => [
  ...files(SERVER).filter((path) => path.includes('/seed/')),
  ...files(join(ROOT, 'apps/api/src/seed')),
];

/** Where a file says a false promise, as "file: the text" lines (none expected). */
function promisesIn(paths: string[], words: RegExp = FALSE_PROMISES, pick = texts): string[] {
  return paths.flatMap((path) =>
    pick(readFileSync(path, 'utf8'))
      .filter((text) => words.test(text))
      .map((text) => `${relative(ROOT, path)}: ${text}`),
  );
}

describe('honest words about the credit record', () => {
  it('the words searched for are caught, in any case', () => {
    for (const said of [
      '幫你洗白',
      '消除逾期紀錄',
      '修復征信',
      '修复征信',
      'We ERASE it',
      'Clean your record now',
    ])
      expect(said).toMatch(FALSE_PROMISES);
    expect('It stays on your report until 15 Feb 2031.').not.toMatch(FALSE_PROMISES);
  });

  it('no dashboard message promises it, or says repair (修復, 修复)', () => {
    const messages = files(I18N);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(promisesIn(messages)).toEqual([]);
    expect(promisesIn(messages, REPAIR)).toEqual([]);
  });

  it('no reminder wording promises it', () => {
    const wordings = reminderWordings();
    expect(wordings.map((p) => relative(SERVER, p))).toEqual(
      expect.arrayContaining([
        'credit-record/src/credit-reminder-kinds.ts',
        'documents/src/document-reminder-kinds.ts',
        'negotiation/src/negotiation-reminder-kinds.ts',
      ]),
    );
    expect(promisesIn(wordings, FALSE_PROMISES, codeLines)).toEqual([]);
    // The credit record's own reminders as they are sent, to officers and managers, in every language.
    const payload = { reference: 'AC-2026-0001', institution: '花唄', filedOn: '2026-11-25' };
    for (const kind of CREDIT_RECORD_REMINDER_KINDS)
      for (const locale of LOCALES)
        for (const recipient of ['officer', 'manager'] as const) {
          const { title, body } = kind.render(payload, locale, recipient);
          expect(`${title} ${body}`).not.toMatch(FALSE_PROMISES);
          expect(`${title} ${body}`).not.toMatch(REPAIR);
        }
  });

  it('no demo seed’s string promises it', () => {
    const paths = seeds();
    expect(paths.map((p) => relative(ROOT, p))).toEqual(
      expect.arrayContaining([
        'libs/server/credit-record/src/seed/demo-credit-record.seed.ts',
        'libs/server/cases/src/seed/demo-cases.seed.ts',
        'apps/api/src/seed/demo-reminders.seed.ts',
      ]),
    );
    expect(promisesIn(paths, FALSE_PROMISES, codeLines)).toEqual([]);
  });

  it('no CSV word promises it or says repair, and the stage reads 信用紀錄處理 / 信用记录处理 / Credit record', () => {
    expect(promisesIn([CSV_WORDS])).toEqual([]);
    expect(promisesIn([CSV_WORDS], REPAIR)).toEqual([]);
    const source = readFileSync(CSV_WORDS, 'utf8');
    for (const label of ['信用紀錄處理', '信用记录处理', 'Credit record'])
      expect(source).toContain(`credit_repair: '${label}'`);
  });

  it('the client’s summary never promises it, whatever the record (property)', () => {
    const day = (from: string, span: number) =>
      fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
    const anEntry = fc.record({
      currency: fc.constantFrom('CNY' as const, 'TWD' as const),
      institution: fc.constantFrom('花唄（重慶螞蟻消費金融）', '招商銀行', '國泰世華', 'WeBank', '京東金融'),
      accountLast4: fc.option(fc.stringMatching(/^[0-9]{4}$/), { nil: null }),
      product: fc.constantFrom(...CREDITOR_PRODUCTS),
      status: fc.constantFrom(
        'overdue' as const,
        'repaid_after_overdue' as const,
        'written_off' as const,
        'normal' as const,
      ),
      overdueFen: fc.integer({ min: 0, max: 100_000_000 }),
      defaultStartedOn: fc.option(day('2018-01-01', 3000), { nil: null }),
      repaidOn: fc.option(day('2020-01-01', 2500), { nil: null }),
      shownUntil: fc.option(
        fc.oneof(
          day('2024-01-01', 3000).map((until) => ({ kind: 'date' as const, until, years: null })),
          fc.constantFrom(3, 5).map((years) => ({ kind: 'until_repaid_plus' as const, until: null, years })),
        ),
        { nil: null },
      ),
      relief: fc.option(
        fc.record({
          applies: fc.boolean(),
          stillPossibleUntil: fc.option(fc.constant('2026-03-31'), { nil: null }),
        }),
        { nil: null },
      ),
    });
    const aDispute = fc.record({
      grounds: fc.uniqueArray(fc.constantFrom(...CREDIT_DISPUTE_GROUNDS), { minLength: 1, maxLength: 6 }),
      venue: fc.constantFrom('credit_reference_centre' as const, 'lender' as const),
      status: fc.constantFrom('draft' as const, 'filed' as const, 'answered' as const, 'withdrawn' as const),
      filedOn: day('2024-01-01', 1000),
      outcome: fc.constantFrom(
        'corrected' as const,
        'no_error_found' as const,
        'cannot_be_verified' as const,
      ),
      on: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.array(anEntry, { minLength: 1, maxLength: 5 }),
        fc.array(aDispute, { maxLength: 5 }),
        day('2025-06-01', 1000),
        (locale, facts, raw, today) => {
          const entries: SummaryEntry[] = facts.map((f, i) => ({ id: `e${i}`, ...f }));
          const disputes: SummaryDispute[] = raw.map((r) => ({
            entryId: entries[r.on % entries.length].id,
            grounds: r.grounds,
            venue: r.venue,
            status: r.status,
            filedOn: r.status === 'draft' ? null : r.filedOn,
            answerDueOn: r.status === 'draft' ? null : addDays(r.filedOn, 20),
            answeredOn: r.status === 'answered' ? addDays(r.filedOn, 18) : null,
            outcome: r.status === 'answered' ? r.outcome : null,
            withdrawnOn: r.status === 'withdrawn' ? addDays(r.filedOn, 5) : null,
          }));
          const summary = creditRecordSummary(locale, entries, disputes, today);
          for (const said of [summary.notice, ...summary.paragraphs.map((p) => p.text)]) {
            expect(said).not.toMatch(FALSE_PROMISES);
            expect(said).not.toMatch(REPAIR);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
