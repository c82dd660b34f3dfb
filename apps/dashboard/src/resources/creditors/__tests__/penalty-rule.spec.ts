import type { LateFeeRule } from '@accord/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import { zhTW } from '../../../i18n/zh-TW';
import { creditorToSave, lateFeeOf, penaltyRuleText, type PenaltyRuleFields } from '../penalty-rule';

/** The product's own translator (polyglot, with each language's plural rules) over one message pack. */
const translatorOf = (messages: object, locale: string) => {
  const provider = polyglotI18nProvider(() => messages as never, locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};
const TW = translatorOf(zhTW, 'zh-TW');
const CN = translatorOf(zhCN, 'zh-CN');
const EN = translatorOf(en, 'en');

const huabei: PenaltyRuleFields = {
  market: 'CN',
  penaltyDailyRatePpm: 500,
  penaltyBase: 'overdue_amount',
  penaltyCompounding: 'none',
  penaltyCapBp: null,
  penaltyYearlyCapBp: null,
  lateFee: { kind: 'none' },
};

const mainlandCard: PenaltyRuleFields = {
  ...huabei,
  penaltyBase: 'outstanding_amount',
  penaltyCompounding: 'monthly',
  lateFee: { kind: 'share_of_minimum', shareBp: 500, capFen: null },
};

const taiwanCard: PenaltyRuleFields = {
  market: 'TW',
  penaltyDailyRatePpm: 411,
  penaltyBase: 'outstanding_amount',
  penaltyCompounding: 'none',
  penaltyCapBp: null,
  penaltyYearlyCapBp: 1500,
  lateFee: { kind: 'fixed', fen: 30000, maxCycles: 3 },
};

describe('a creditor’s penalty rule in words', () => {
  it('quotes Huabei’s simple rate on the overdue amount, in each language', () => {
    expect(penaltyRuleText(huabei, EN)).toBe('0.05 % a day on the overdue amount');
    expect(penaltyRuleText(huabei, TW)).toBe('逾期金額每日 0.05 %');
    expect(penaltyRuleText(huabei, CN)).toBe('逾期金额每日 0.05 %');
  });

  it('says a mainland card compounds monthly and charges 5 % of the unpaid minimum per cycle', () => {
    expect(penaltyRuleText(mainlandCard, EN)).toBe(
      '0.05 % a day on the outstanding balance, compounded monthly; late fee 5 % of the unpaid minimum per cycle',
    );
    expect(penaltyRuleText(mainlandCard, TW)).toBe(
      '未償餘額每日 0.05 %，按月複利；違約金為未繳最低應繳金額的 5 %，每期收取',
    );
    expect(penaltyRuleText(mainlandCard, CN)).toBe(
      '未偿余额每日 0.05 %，按月复利；违约金为未还最低还款额的 5 %，每期收取',
    );
  });

  it('says a Taiwan card’s yearly cap and its NT$300 fee for at most three cycles, in NT$', () => {
    expect(penaltyRuleText(taiwanCard, EN)).toBe(
      '0.0411 % a day on the outstanding balance, at most 15 % a year; late fee NT$300.00 per cycle, for at most 3 cycles',
    );
    expect(penaltyRuleText(taiwanCard, TW)).toBe(
      '未償餘額每日 0.0411 %，年化不超過 15 %；違約金每期 NT$300.00，最多收取 3 期',
    );
  });

  it('names a late fee’s cap per charge in the market’s currency, and one cycle in the singular', () => {
    const rule: PenaltyRuleFields = {
      ...mainlandCard,
      penaltyDailyRatePpm: 350,
      penaltyCompounding: 'none',
      lateFee: { kind: 'share_of_minimum', shareBp: 250, capFen: 10000, maxCycles: 1 },
    };
    expect(penaltyRuleText(rule, EN)).toBe(
      '0.035 % a day on the outstanding balance; late fee 2.5 % of the unpaid minimum per cycle, at most ¥100.00 a charge, for at most 1 cycle',
    );
    expect(penaltyRuleText(rule, TW)).toBe(
      '未償餘額每日 0.035 %；違約金為未繳最低應繳金額的 2.5 %，每期收取，每次最多 ¥100.00，最多收取 1 期',
    );
  });

  it('adds both caps when the product has them', () => {
    const rule: PenaltyRuleFields = {
      ...huabei,
      penaltyDailyRatePpm: 1000,
      penaltyBase: 'principal',
      penaltyYearlyCapBp: 2400,
      penaltyCapBp: 10000,
    };
    expect(penaltyRuleText(rule, EN)).toBe(
      '0.1 % a day on the principal, at most 24 % a year, at most 100 % of the base in all',
    );
    expect(penaltyRuleText(rule, TW)).toBe('本金每日 0.1 %，年化不超過 24 %，累計不超過基數的 100 %');
  });
});

describe('the late fee a creditor form sends', () => {
  it('keeps only the fields of its kind, with empty optional ones null', () => {
    const typed = { kind: 'fixed' as const, shareBp: 500, capFen: 100, fen: 30000, maxCycles: 3 };
    expect(lateFeeOf(typed)).toEqual({ kind: 'fixed', fen: 30000, maxCycles: 3 });
    expect(lateFeeOf({ ...typed, kind: 'share_of_minimum', maxCycles: undefined })).toEqual({
      kind: 'share_of_minimum',
      shareBp: 500,
      capFen: 100,
      maxCycles: null,
    });
    expect(lateFeeOf({ ...typed, kind: 'none' })).toEqual({ kind: 'none' });
    expect(lateFeeOf(undefined)).toEqual({ kind: 'none' });
  });

  it('sends the late fee back as read when it says the same, so an untouched form changes nothing', () => {
    // PostgreSQL's jsonb orders keys its own way, and the seed leaves maxCycles out.
    const saved = { kind: 'share_of_minimum', capFen: null, shareBp: 500 } as LateFeeRule;
    const form = {
      name: '招商銀行信用卡',
      lateFee: { kind: 'share_of_minimum' as const, shareBp: 500, capFen: null },
    };
    expect(creditorToSave(form, { lateFee: saved }).lateFee).toBe(saved);
    expect(
      creditorToSave({ ...form, lateFee: { ...form.lateFee, shareBp: 600 } }, { lateFee: saved }),
    ).toEqual({
      name: '招商銀行信用卡',
      lateFee: { kind: 'share_of_minimum', shareBp: 600, capFen: null, maxCycles: null },
    });
  });
});
