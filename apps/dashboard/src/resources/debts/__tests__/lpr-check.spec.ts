import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { bpPercentText } from '../../../common/hundredths';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import { zhTW } from '../../../i18n/zh-TW';
import { lprCapCheck, lprCheckText } from '../lpr-check';

const translatorOf = (messages: object, locale: string) => {
  const provider = polyglotI18nProvider(() => messages as never, locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};
const TW = translatorOf(zhTW, 'zh-TW');
const CN = translatorOf(zhCN, 'zh-CN');
const EN = translatorOf(en, 'en');

const over = {
  status: 'over',
  lprBp: 385,
  lprEffectiveOn: '2020-04-20',
  capBp: 1540,
  annualRateBp: 1825,
} as const;

describe('the 4 × LPR check in words', () => {
  it('prints rates with two decimals from their basis points', () => {
    expect([1540, 385, 5, 0, 1825, 10000].map(bpPercentText)).toEqual([
      '15.40',
      '3.85',
      '0.05',
      '0.00',
      '18.25',
      '100.00',
    ]);
  });

  it('says the LPR, four times it, the yearly cost and the side of the line, in each language', () => {
    expect(lprCheckText(over, '2021-03-01', TW, 'zh-TW')).toBe(
      '合約日 2021/03/01 的一年期 LPR 為 3.85%，四倍為 15.40%；此債權年化 18.25% 超過法院保護上限',
    );
    expect(lprCheckText(over, '2021-03-01', CN, 'zh-CN')).toContain('四倍为 15.40%；此债权年化 18.25% 超过');
    expect(lprCheckText(over, '2021-03-01', EN, 'en')).toContain('over the 4 × LPR line');
    const within = { ...over, status: 'within', annualRateBp: 1500 } as const;
    expect(lprCheckText(within, '2021-03-01', TW, 'zh-TW')).toContain('年化 15.00% 未超過');
    expect(lprCheckText(within, '2021-03-01', EN, 'en')).toContain('within the 4 × LPR line');
  });

  it('says why it cannot tell', () => {
    const none = { status: 'unknown', reason: 'NO_CONTRACT_DATE' } as const;
    const early = { status: 'unknown', reason: 'NO_LPR_FOR_DATE' } as const;
    expect(lprCheckText(none, null, TW, 'zh-TW')).toContain('未填合約日');
    expect(lprCheckText(early, '2019-08-19', TW, 'zh-TW')).toContain('2019/08/19 早於 LPR 表');
    for (const t of [TW, CN, EN])
      for (const check of [none, early])
        expect(lprCheckText(check, '2019-08-19', t, 'en')).not.toMatch(/accord\./);
  });
});

describe('the check as the API answers it', () => {
  it('is read as the rule’s answer for its status, the fields that status carries all there', () => {
    expect(lprCapCheck({ ...over })).toEqual(over);
    expect(lprCapCheck({ status: 'unknown', reason: 'NO_CONTRACT_DATE' })).toEqual({
      status: 'unknown',
      reason: 'NO_CONTRACT_DATE',
    });
  });

  it('is no check when a field its status needs is missing', () => {
    expect(lprCapCheck({ status: 'unknown' })).toBeNull();
    expect(lprCapCheck({ status: 'within', lprBp: 385, capBp: 1540, annualRateBp: 1500 })).toBeNull();
  });
});
