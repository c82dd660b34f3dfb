import { CURRENCIES, type Currency } from '@accord/contracts';
import { affordability, statementCurrency, type Affordability, type MonthlyFigures } from '@accord/domain';
import type { Schema } from '../../providers/api';

/** A financial statement as `GET /financial-statements?caseId=` lists it: the current one first. */
export type StatementRecord = Schema<'FinancialStatement'>;

/** An open debt and its share of the monthly capacity: none (null) when it is owed in another currency. */
export type CapacityShare = Schema<'DebtCapacityShare'>;

/** A region's living minimum (`GET /living-minimums`): the monthly floor per person, in its currency. */
export type LivingMinimumRecord = Schema<'LivingMinimum'>;

/** The cheapest plan (each debt on its creditor's longest plan) and what the capacity lacks each month. */
export type ShortfallAnswer = Schema<'ShortfallView'>;

/** `GET /cases/:id/affordability`: the current statement's figures and the capacity split per open debt. */
export type AffordabilityAnswer = Schema<'CaseAffordability'>;

/**
 * What the statement form holds while someone types. Amount inputs keep fen once the text reads as an
 * amount, and the text itself while it does not (see HundredthsInput), so every amount here is unknown.
 */
export interface StatementFormValues {
  /** Null until the person names it, when the case's debts do not settle it. */
  currency?: Currency | null;
  income: { source?: string | null; amountFen?: unknown }[];
  essentialSpending: { category?: string | null; amountFen?: unknown }[];
  otherDebts: { lender?: string | null; monthlyPaymentFen?: unknown }[];
  dependants?: unknown;
  livingMinimumId?: string | null;
  notes?: string | null;
}

/** An amount as far as it can be read yet: a line still being typed counts as nothing. */
const fenOf = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

const lines = <T>(value: readonly T[] | null | undefined): readonly T[] => value ?? [];

const dependantsOf = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

/** The region chosen on the form, when it is one of the regions in the statement's currency. */
export const chosenFloor = (
  values: Partial<StatementFormValues>,
  regions: readonly LivingMinimumRecord[],
): LivingMinimumRecord | null =>
  regions.find((r) => r.id === values.livingMinimumId && r.currency === values.currency) ?? null;

export function formFigures(
  values: Partial<StatementFormValues>,
  floor: LivingMinimumRecord | null = null,
): MonthlyFigures {
  return {
    incomeFen: lines(values.income).map((l) => fenOf(l?.amountFen)),
    essentialSpendingFen: lines(values.essentialSpending).map((l) => fenOf(l?.amountFen)),
    otherDebtPaymentsFen: lines(values.otherDebts).map((l) => fenOf(l?.monthlyPaymentFen)),
    dependants: dependantsOf(values.dependants),
    livingMinimumPerPersonFen: floor?.monthlyFenPerPerson ?? null,
  };
}

/** The affordability of the form as typed so far, by the rule the server applies when it is saved. */
export const liveAffordability = (
  values: Partial<StatementFormValues>,
  commitBp: number,
  floor: LivingMinimumRecord | null = null,
): Affordability => affordability(formFigures(values, floor), commitBp);

/**
 * The affordability of a saved statement (for the history, which the API lists without figures); its
 * region's floor counts when the list of regions is at hand.
 */
export const statementAffordability = (
  statement: StatementRecord,
  commitBp: number,
  floor: LivingMinimumRecord | null = null,
): Affordability =>
  affordability(
    {
      incomeFen: statement.income.map((l) => l.amountFen),
      essentialSpendingFen: statement.essentialSpending.map((l) => l.amountFen),
      otherDebtPaymentsFen: statement.otherDebts.map((l) => l.monthlyPaymentFen),
      dependants: statement.dependants,
      livingMinimumPerPersonFen: floor?.monthlyFenPerPerson ?? null,
    },
    commitBp,
  );

const text = (value: string | null | undefined) => (value ?? '').trim();
/** A row left wholly empty (added, then not filled in) is dropped rather than refused. */
const blank = (name: string | null | undefined, amount: unknown) =>
  text(name) === '' && (amount === null || amount === undefined || amount === '');

/**
 * The form's values as the API takes them (the body of `POST /financial-statements`). Validation has
 * already required a name and an amount on every row that is not wholly empty.
 */
export function statementBody(
  caseId: string,
  values: StatementFormValues,
): Schema<'CreateFinancialStatementDto'> {
  const notes = text(values.notes);
  return {
    caseId,
    ...(values.currency ? { currency: values.currency } : {}),
    income: lines(values.income)
      .filter((l) => !blank(l.source, l.amountFen))
      .map((l) => ({ source: text(l.source), amountFen: fenOf(l.amountFen) })),
    essentialSpending: lines(values.essentialSpending)
      .filter((l) => !blank(l.category, l.amountFen))
      .map((l) => ({ category: text(l.category), amountFen: fenOf(l.amountFen) })),
    otherDebts: lines(values.otherDebts)
      .filter((l) => !blank(l.lender, l.monthlyPaymentFen))
      .map((l) => ({ lender: text(l.lender), monthlyPaymentFen: fenOf(l.monthlyPaymentFen) })),
    dependants: typeof values.dependants === 'number' ? values.dependants : 0,
    ...(values.livingMinimumId ? { livingMinimumId: values.livingMinimumId } : {}),
    ...(notes ? { notes } : {}),
  };
}

/**
 * The currency a new statement is written in: the open debts' one, as the API will take it; or null with
 * the currencies to choose from when the person must name it (debts in both currencies, or none yet).
 */
export function newStatementCurrency(openDebtCurrencies: readonly Currency[]): {
  currency: Currency | null;
  choices: Currency[];
} {
  const answer = statementCurrency(openDebtCurrencies);
  if ('currency' in answer) return { currency: answer.currency, choices: [answer.currency] };
  return { currency: null, choices: answer.owed.length ? answer.owed : [...CURRENCIES] };
}

/**
 * Where a new statement starts: a copy of the current one (most months only one figure changes), or one
 * empty row of income and of spending. Amounts are copied only into a statement of the same currency: a
 * yuan figure is no Taiwan-dollar figure, so the names stay and the amounts are left to type.
 */
export function formValuesOf(
  current: StatementRecord | null,
  start: { currency: Currency | null; choices: readonly Currency[] },
): StatementFormValues {
  const currency =
    start.currency ?? (current && start.choices.includes(current.currency) ? current.currency : null);
  if (!current)
    return {
      currency,
      income: [{ source: '', amountFen: null }],
      essentialSpending: [{ category: '', amountFen: null }],
      otherDebts: [],
      dependants: 0,
      livingMinimumId: null,
      notes: '',
    };
  const same = current.currency === currency;
  const amount = (fen: number) => (same ? fen : null);
  return {
    currency,
    income: current.income.map((l) => ({ source: l.source, amountFen: amount(l.amountFen) })),
    essentialSpending: current.essentialSpending.map((l) => ({
      category: l.category,
      amountFen: amount(l.amountFen),
    })),
    otherDebts: current.otherDebts.map((l) => ({
      lender: l.lender,
      monthlyPaymentFen: amount(l.monthlyPaymentFen),
    })),
    dependants: current.dependants,
    // A region's floor is in its currency: kept only for a statement in the same one.
    livingMinimumId: same ? (current.livingMinimumId ?? null) : null,
    notes: current.notes ?? '',
  };
}
