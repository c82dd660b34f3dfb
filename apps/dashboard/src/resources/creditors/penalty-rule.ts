import type { PenaltyBase } from '@accord/contracts';
import { hundredthsText } from '../../common/hundredths';
import type { Translate } from '../../providers/api-client';

export interface PenaltyRuleFields {
  penaltyDailyRateBp: number;
  penaltyBase: PenaltyBase;
  penaltyCapBp: number | null;
}

/**
 * A creditor product's penalty rule in one line, as officers quote it: "0.05 % / 日 · 逾期金額", with the
 * cap when there is one. Rates are basis points of a percent (5 = 0.05 %), printed from the integer.
 */
export function penaltyRuleText(rule: PenaltyRuleFields, translate: Translate): string {
  const text = translate('accord.creditors.penalty_rule', {
    rate: hundredthsText(rule.penaltyDailyRateBp),
    base: translate(`accord.penalty_bases.${rule.penaltyBase}`, { _: rule.penaltyBase }),
  });
  return rule.penaltyCapBp === null
    ? text
    : `${text} · ${translate('accord.creditors.penalty_cap', { cap: hundredthsText(rule.penaltyCapBp) })}`;
}
