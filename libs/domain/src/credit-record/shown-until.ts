import { addMonthsClamped } from '../repayment-schedule';

/** What a reported account says about its default, as the officer read it from the credit report. */
export interface DefaultDates {
  /** The day the account first went overdue (the default arose). */
  defaultStartedOn: string | null;
  /** The day the overdue amount was fully repaid, which ends the default; null while it is owed. */
  repaidOn: string | null;
}

/**
 * Until when a true negative record is shown (mainland, 征信業管理條例 Art. 16): five years from the end of
 * the default, i.e. from the day it was repaid; while it is owed, "until repaid, then five years".
 * A 29 February end shows until 28 February five years on.
 */
export type ShownUntil = { kind: 'date'; until: string } | { kind: 'until_repaid_plus'; years: number };

export const MAINLAND_SHOWN_YEARS = 5;

export function mainlandShownUntil(entry: DefaultDates): ShownUntil {
  if (!entry.repaidOn) return { kind: 'until_repaid_plus', years: MAINLAND_SHOWN_YEARS };
  return { kind: 'date', until: addMonthsClamped(entry.repaidOn, MAINLAND_SHOWN_YEARS * 12) };
}

/**
 * A rule kept as data (Taiwan's 聯徵 periods differ by kind of record and are the agency's to change):
 * shown for `months` from the day named by `from`.
 */
export interface DisplayRule {
  months: number;
  from: 'repaid' | 'default_started';
}

export function shownUntilByRule(entry: DefaultDates, rule: DisplayRule): ShownUntil | null {
  const start = rule.from === 'repaid' ? entry.repaidOn : entry.defaultStartedOn;
  if (!start) return rule.from === 'repaid' ? { kind: 'until_repaid_plus', years: rule.months / 12 } : null;
  return { kind: 'date', until: addMonthsClamped(start, rule.months) };
}
