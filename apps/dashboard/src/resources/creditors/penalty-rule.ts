import { CURRENCY_OF_MARKET } from '@accord/contracts';
import { formatMoney, type LateFeeRule } from '@accord/domain';
import { hundredthsText } from '../../common/hundredths';
import { ppmPercentText } from '../../common/ppm';
import type { Schema } from '../../providers/api';
import type { Translate } from '../../providers/api-client';

/**
 * A creditor's penalty rule as the API shows it (the domain's PenaltyRule, in the catalog's columns). Money in
 * the rule (a late fee's amount or cap) is in the currency of the creditor's market.
 */
export type PenaltyRuleFields = Pick<
  Schema<'Creditor'>,
  | 'market'
  | 'penaltyDailyRatePpm'
  | 'penaltyBase'
  | 'penaltyCompounding'
  | 'penaltyCapBp'
  | 'penaltyYearlyCapBp'
  | 'lateFee'
>;

const key = (name: string) => `accord.creditors.rule.${name}`;

/**
 * A creditor product's penalty rule in words, as officers quote it: "0.05 % a day on the outstanding
 * balance, compounded monthly; late fee 5 % of the unpaid minimum per cycle". Every word comes from the
 * message files, so each language orders its own clauses; rates and amounts are printed from the integers.
 */
export function penaltyRuleText(rule: PenaltyRuleFields, translate: Translate, locale?: string): string {
  const clauses = translate(key('clause_separator'));
  const penalty = [
    translate(key('daily'), {
      rate: ppmPercentText(rule.penaltyDailyRatePpm),
      base: translate(key(`bases.${rule.penaltyBase}`), { _: rule.penaltyBase }),
    }),
    rule.penaltyCompounding === 'monthly' ? translate(key('compounded_monthly')) : null,
    rule.penaltyYearlyCapBp === null
      ? null
      : translate(key('yearly_cap'), { cap: hundredthsText(rule.penaltyYearlyCapBp) }),
    rule.penaltyCapBp === null
      ? null
      : translate(key('share_cap'), { cap: hundredthsText(rule.penaltyCapBp) }),
  ];
  const fee = lateFeeWords(rule, translate, locale);
  return [
    penalty.filter((part): part is string => part !== null).join(clauses),
    fee.length ? fee.join(clauses) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(translate(key('sentence_separator')));
}

function lateFeeWords(rule: PenaltyRuleFields, translate: Translate, locale?: string): string[] {
  // The API's document gives the late fee as one object whose fields hang on its kind: read as its kind says.
  const fee = lateFeeOf(rule.lateFee);
  if (fee.kind === 'none') return [];
  const money = (fen: number) => formatMoney(fen, CURRENCY_OF_MARKET[rule.market] ?? 'CNY', locale);
  const words =
    fee.kind === 'fixed'
      ? [translate(key('late_fee_fixed'), { amount: money(fee.fen) })]
      : [
          translate(key('late_fee_share'), { share: hundredthsText(fee.shareBp) }),
          fee.capFen === null ? null : translate(key('late_fee_cap'), { amount: money(fee.capFen) }),
        ];
  if (fee.maxCycles) words.push(translate(key('late_fee_max_cycles'), { smart_count: fee.maxCycles }));
  return words.filter((part): part is string => part !== null);
}

/** A late fee as the form holds it: every kind's inputs, some of them left from another kind or empty. */
export interface LateFeeForm {
  kind?: LateFeeRule['kind'] | null;
  shareBp?: number | null;
  capFen?: number | null;
  fen?: number | null;
  maxCycles?: number | null;
}

/** The late fee to save: only the fields its kind uses (what the API keeps), empty optional ones null. */
export function lateFeeOf(form: LateFeeForm | LateFeeRule | null | undefined): LateFeeRule {
  const fee = (form ?? {}) as LateFeeForm;
  const maxCycles = fee.maxCycles ?? null;
  switch (fee.kind) {
    case 'share_of_minimum':
      return { kind: 'share_of_minimum', shareBp: fee.shareBp ?? 0, capFen: fee.capFen ?? null, maxCycles };
    case 'fixed':
      return { kind: 'fixed', fen: fee.fen ?? 0, maxCycles };
    default:
      return { kind: 'none' };
  }
}

const sameLateFee = (a: LateFeeRule, b: LateFeeRule) =>
  JSON.stringify(lateFeeOf(a)) === JSON.stringify(lateFeeOf(b));

/**
 * A creditor form's values as they are sent: the late fee cleaned to its kind's fields. A late fee that says
 * what the saved one says is sent back as read, so an untouched form changes nothing (and no version).
 */
export function creditorToSave<T extends { lateFee?: LateFeeForm | LateFeeRule | null }>(
  data: T,
  previous?: { lateFee?: LateFeeRule | null },
): T & { lateFee: LateFeeRule } {
  const lateFee = lateFeeOf(data.lateFee);
  const before = previous?.lateFee;
  return { ...data, lateFee: before && sameLateFee(lateFee, before) ? before : lateFee };
}
