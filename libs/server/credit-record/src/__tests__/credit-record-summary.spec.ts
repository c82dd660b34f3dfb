import { CREDIT_DISPUTE_GROUNDS, CREDITOR_PRODUCTS, LOCALES, type Locale } from '@accord/contracts';
import { addDays, mainlandShownUntil, relief2025 } from '@accord/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditRecordSummary, type SummaryDispute, type SummaryEntry } from '../credit-record-summary';
import { FALSE_PROMISES, REPAIR } from './forbidden-words';

const TODAY = '2026-12-07';

/** An entry as the reads work it out: until when it shows and the relief, from the domain rules. */
function entry(id: string, facts: Partial<SummaryEntry> & { market?: 'CN' | 'TW' }): SummaryEntry {
  const { market = 'CN', ...rest } = facts;
  const base = {
    id,
    currency: market === 'CN' ? ('CNY' as const) : ('TWD' as const),
    institution: '招商銀行',
    accountLast4: '4821',
    product: 'credit_card' as const,
    status: 'overdue' as const,
    overdueFen: 2_340_000,
    defaultStartedOn: '2024-09-10',
    repaidOn: null,
    ...rest,
  };
  const negative = base.status !== 'normal';
  const shown = mainlandShownUntil(base);
  const relief = relief2025({ ...base, market }, TODAY);
  return {
    shownUntil: !negative
      ? null
      : shown.kind === 'date'
        ? { kind: 'date', until: shown.until, years: null }
        : { kind: 'until_repaid_plus', until: null, years: shown.years },
    relief:
      negative && market === 'CN'
        ? { applies: relief.applies, stillPossibleUntil: relief.applies ? null : relief.stillPossibleUntil }
        : null,
    ...base,
  };
}

const HUABEI = entry('e-huabei', {
  institution: '花唄（重慶螞蟻消費金融）',
  accountLast4: '0731',
  product: 'huabei',
  status: 'repaid_after_overdue',
  overdueFen: 86_000,
  defaultStartedOn: '2023-05-02',
  repaidOn: '2026-02-15',
});
const CARD = entry('e-card', {});
const REPAID_LATE = entry('e-late', {
  institution: 'WeBank',
  accountLast4: null,
  product: 'online_loan',
  status: 'repaid_after_overdue',
  overdueFen: 1_500_000,
  defaultStartedOn: '2024-01-03',
  repaidOn: '2026-06-30',
});

function dispute(entryId: string, facts: Partial<SummaryDispute>): SummaryDispute {
  return {
    entryId,
    grounds: ['already_repaid'],
    venue: 'credit_reference_centre',
    status: 'filed',
    filedOn: '2026-11-25',
    answerDueOn: '2026-12-15',
    answeredOn: null,
    outcome: null,
    withdrawnOn: null,
    ...facts,
  };
}

const text = (locale: Locale, entries: SummaryEntry[], disputes: SummaryDispute[] = []) =>
  creditRecordSummary(locale, entries, disputes, TODAY).paragraphs.map((p) => p.text);

describe('the client’s summary of the credit record', () => {
  it('tells the relief as the agency’s, automatic and free, with the amount and the dates in the client’s language', () => {
    const [en] = text('en', [HUABEI]);
    expect(en).toContain('花唄（重慶螞蟻消費金融） (Huabei, account ending 0731)');
    expect(en).toContain('¥860.00 was overdue from 2 May 2023 and was repaid in full on 15 Feb 2026.');
    expect(en).toContain(
      'no longer shown under the one-off relief of 22 Dec 2025, automatically and free of charge',
    );
    const [tw] = text('zh-TW', [HUABEI]);
    expect(tw).toContain('自 2023年5月2日 起逾期 ¥860.00，已於 2026年2月15日 全數清償。');
    expect(tw).toContain('2025年12月22日 的一次性信用救濟措施，這筆紀錄已不再展示，係自動辦理且免費');
    const [cn] = text('zh-CN', [HUABEI]);
    expect(cn).toContain('已于 2026年2月15日 全部结清');
    expect(cn).toContain('自动办理且免费');
  });

  it('says a true record stays until five years after repayment, or while owed and five years on', () => {
    const [owed, late] = text('en', [CARD, REPAID_LATE]);
    expect(owed).toContain('¥23,400.00 is reported overdue since 10 Sep 2024 and is not yet repaid.');
    expect(owed).toContain('It stays on your report while it is owed and for 5 years after it is repaid.');
    // Repaid after 2026-03-31: the relief does not apply, the record stays its five years.
    expect(late).toContain('It stays on your report until 30 Jun 2031.');
    expect(late).not.toContain('relief');
    expect(text('zh-TW', [REPAID_LATE])[0]).toContain('這筆紀錄會保留在您的信用報告上，直到 2031年6月30日。');
  });

  it('tells a small debt still owed that repaying it by 2026-03-31 would bring the relief, while that is ahead', () => {
    const small = entry('e-small', { overdueFen: 50_000, defaultStartedOn: '2025-06-01' });
    const early = creditRecordSummary(
      'en',
      [{ ...small, relief: { applies: false, stillPossibleUntil: '2026-03-31' } }],
      [],
      '2026-01-10',
    );
    expect(early.paragraphs[0].text).toContain(
      'If it is repaid in full by 31 Mar 2026, the one-off relief of 22 Dec 2025 will stop it being shown',
    );
    expect(text('en', [small])[0]).not.toContain('If it is repaid');
  });

  it('tells each dispute with its outcome as answered: corrected, no error found, cannot be verified', () => {
    const disputes = [
      dispute(CARD.id, { grounds: ['wrong_amount', 'wrong_dates'] }),
      dispute(HUABEI.id, {
        status: 'answered',
        answeredOn: '2026-12-01',
        outcome: 'corrected',
        venue: 'lender',
      }),
      dispute(REPAID_LATE.id, { status: 'answered', answeredOn: '2026-12-02', outcome: 'no_error_found' }),
    ];
    const [card, huabei, late] = text('en', [CARD, HUABEI, REPAID_LATE], disputes);
    expect(card).toContain(
      'On 25 Nov 2026 we disputed it with the credit reference centre (because the amount is wrong and the dates are wrong); the written answer is due by 15 Dec 2026.',
    );
    expect(huabei).toContain(
      'On 1 Dec 2026 the lender that reported it answered in writing: the record was corrected.',
    );
    expect(late).toContain('the agency found the record correct; it stays as it was');
    // Answered: its due day no longer matters.
    expect(late).not.toContain('due by');
    const unverified = dispute(CARD.id, {
      status: 'answered',
      answeredOn: '2026-12-03',
      outcome: 'cannot_be_verified',
    });
    expect(text('en', [CARD], [unverified])[0]).toContain('it is marked as disputed');
    expect(text('zh-TW', [CARD], [unverified])[0]).toContain('已標註為有異議');
    expect(text('zh-CN', [REPAID_LATE], disputes)[0]).toContain('经核查记录正确，维持原状');
    const withdrawn = dispute(CARD.id, { status: 'withdrawn', withdrawnOn: '2026-12-04' });
    expect(text('en', [CARD], [withdrawn])[0]).toContain('The dispute was withdrawn on 4 Dec 2026.');
    const draft = dispute(CARD.id, { status: 'draft', filedOn: null, answerDueOn: null });
    expect(text('zh-TW', [CARD], [draft])[0]).toContain('我們正在準備向徵信中心提出異議（理由：已經清償）。');
  });

  it('writes Taiwan amounts in NT$, an account without a negative record plainly, and a period that ended in the past tense', () => {
    const taiwan: SummaryEntry = {
      ...entry('e-tw', {
        market: 'TW',
        institution: '國泰世華',
        repaidOn: '2025-08-31',
        status: 'repaid_after_overdue',
        overdueFen: 1_200_000,
      }),
      shownUntil: { kind: 'date', until: '2026-08-31', years: null },
    };
    const normal = entry('e-ok', {
      institution: '中國工商銀行',
      status: 'normal',
      overdueFen: 0,
      defaultStartedOn: null,
    });
    const [tw, ok] = text('en', [taiwan, normal]);
    expect(tw).toContain('NT$12,000.00');
    expect(tw).toContain('It stayed on your report until 31 Aug 2026 and is no longer shown.');
    expect(ok).toBe('中國工商銀行 (credit card, account ending 4821): no late payment is reported.');
  });

  it('answers the client’s locale, a paragraph per entry in order, and a notice that promises nothing', () => {
    for (const locale of LOCALES) {
      const summary = creditRecordSummary(locale, [CARD, HUABEI], [], TODAY);
      expect(summary.locale).toBe(locale);
      expect(summary.paragraphs.map((p) => p.entryId)).toEqual([CARD.id, HUABEI.id]);
      expect(summary.notice.length).toBeGreaterThan(40);
      expect(summary.notice).not.toMatch(FALSE_PROMISES);
      expect(summary.notice).not.toMatch(REPAIR);
    }
    expect(creditRecordSummary('en', [], [], TODAY).paragraphs).toEqual([]);
  });

  it('names its institution in every paragraph and never promises to erase, whatever the record (property)', () => {
    const day = (from: string, span: number) =>
      fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
    const institution = fc
      .stringMatching(/^[A-Za-z\u4e00-\u9fa5（）() ]{1,30}$/)
      .filter(
        (s) =>
          s.trim().length > 0 && !FALSE_PROMISES.test(s) && !REPAIR.test(s) && !/undefined|null|NaN/.test(s),
      );
    const anEntry = fc.record({
      market: fc.constantFrom('CN' as const, 'TW' as const),
      institution,
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
      after: fc.integer({ min: 0, max: 40 }),
      on: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.array(anEntry, { minLength: 1, maxLength: 6 }),
        fc.array(aDispute, { maxLength: 6 }),
        day('2025-01-01', 1500),
        (locale, facts, raw, today) => {
          const entries = facts.map((f, i) => entry(`e${i}`, f));
          const disputes: SummaryDispute[] = raw.map((r) => ({
            entryId: entries[r.on % entries.length].id,
            grounds: r.grounds,
            venue: r.venue,
            status: r.status,
            filedOn: r.status === 'draft' ? null : r.filedOn,
            answerDueOn: r.status === 'draft' ? null : addDays(r.filedOn, 20),
            answeredOn: r.status === 'answered' ? addDays(r.filedOn, r.after) : null,
            outcome: r.status === 'answered' ? r.outcome : null,
            withdrawnOn: r.status === 'withdrawn' ? addDays(r.filedOn, r.after) : null,
          }));
          const summary = creditRecordSummary(locale, entries, disputes, today);
          expect(summary.paragraphs).toHaveLength(entries.length);
          for (const [i, paragraph] of summary.paragraphs.entries()) {
            expect(paragraph.entryId).toBe(entries[i].id);
            expect(paragraph.text).toContain(entries[i].institution);
            expect(paragraph.text).not.toMatch(FALSE_PROMISES);
            expect(paragraph.text).not.toMatch(REPAIR);
            expect(paragraph.text).not.toMatch(/undefined|null|NaN/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
