import type { LprCapCheck } from '@accord/domain';
import { formatCalendarDate } from '../../common/firm';
import { bpPercentText } from '../../common/hundredths';
import type { Schema } from '../../providers/api';
import type { Translate } from '../../providers/api-client';

/**
 * A debt's check as the rule's answer: the API's document describes it as one object whose fields are all
 * optional but its status, so the fields each status carries are checked here; null when one is missing.
 */
export function lprCapCheck(view: Schema<'LprCapCheckView'>): LprCapCheck | null {
  if (view.status === 'unknown') return view.reason ? { status: 'unknown', reason: view.reason } : null;
  const { lprBp, lprEffectiveOn, capBp, annualRateBp } = view;
  if (
    lprBp === undefined ||
    lprEffectiveOn === undefined ||
    capBp === undefined ||
    annualRateBp === undefined
  )
    return null;
  return { status: view.status, lprBp, lprEffectiveOn, capBp, annualRateBp };
}

/**
 * A debt's 4 × LPR check in words: the LPR in force at the contract date, four times it, the creditor
 * rule's yearly cost and which side of the line it is on; when it cannot tell, why. Every rate is printed
 * from its basis points with two decimals, as rates are quoted.
 */
export function lprCheckText(
  check: LprCapCheck,
  contractDate: string | null,
  translate: Translate,
  locale: string,
): string {
  if (check.status === 'unknown')
    return translate(`accord.lpr.unknown.${check.reason}`, {
      date: contractDate ? formatCalendarDate(contractDate, locale) : '',
    });
  return translate(`accord.lpr.${check.status}`, {
    date: contractDate ? formatCalendarDate(contractDate, locale) : '',
    lpr: bpPercentText(check.lprBp),
    cap: bpPercentText(check.capBp),
    rate: bpPercentText(check.annualRateBp),
    effective: formatCalendarDate(check.lprEffectiveOn, locale),
  });
}
