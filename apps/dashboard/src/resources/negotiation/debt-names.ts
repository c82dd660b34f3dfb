import type { DebtRecord } from '../debts/debt';

/** A debt named as officers tell them apart: the creditor, and the account's last digits when known. */
export const debtName = (debt: Pick<DebtRecord, 'creditorName' | 'accountReferenceMasked'>): string =>
  debt.accountReferenceMasked ? `${debt.creditorName} ${debt.accountReferenceMasked}` : debt.creditorName;

/** The choices of a debt input: the case's open debts, plus the one already chosen if it is no longer open. */
export const debtChoices = (debts: readonly DebtRecord[] | undefined, keep?: string | null) =>
  (debts ?? [])
    .filter((d) => d.status === 'open' || d.id === keep)
    .map((d) => ({ id: d.id, name: debtName(d) }));
