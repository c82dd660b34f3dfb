import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { zhTW } from '../../../i18n/zh-TW';
import { penaltyRuleText } from '../penalty-rule';

type Tree = { [key: string]: Tree | string };

/** Polyglot's lookup and %{name} filling, enough for one-form messages. */
const translator =
  (messages: object) =>
  (key: string, options: Record<string, unknown> = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], messages);
    return String(text ?? options._ ?? key).replace(/%\{(\w+)\}/g, (_, name: string) =>
      String(options[name]),
    );
  };

describe('a creditor’s penalty rule in words', () => {
  it('quotes Huabei’s rate on the overdue amount', () => {
    const rule = { penaltyDailyRateBp: 5, penaltyBase: 'overdue_amount' as const, penaltyCapBp: null };
    expect(penaltyRuleText(rule, translator(zhTW))).toBe('0.05 % / 日 · 逾期金額');
    expect(penaltyRuleText(rule, translator(en))).toBe('0.05 % / day · Overdue amount');
  });

  it('adds the cap when the product has one', () => {
    const rule = { penaltyDailyRateBp: 10, penaltyBase: 'outstanding_amount' as const, penaltyCapBp: 2400 };
    expect(penaltyRuleText(rule, translator(zhTW))).toBe('0.1 % / 日 · 未償餘額 · 上限為基數的 24 %');
  });
});
