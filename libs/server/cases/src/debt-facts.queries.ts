import type { CreditorLitigationPractice, CreditorProduct, Currency } from '@accord/contracts';
import {
  joinCreditor,
  litigationPracticeOf,
  penaltyColumnsOf,
  type PenaltyColumns,
} from '@accord/server-creditors';
import type { EntityManager } from 'typeorm';

/*
 * What other features ask of a case's debts (and, through creditors' fragments, of the creditor a debt
 * is owed to): one small query each. Plain SQL: the CLI's seeds call some of them through a connection
 * that maps no entities, and callers pass the manager of their own transaction.
 */

/** Whether the debt is one of the case's. */
export async function isDebtOfCase(manager: EntityManager, debtId: string, caseId: string): Promise<boolean> {
  const [debt] = await manager.query(`SELECT 1 FROM debts WHERE id = $1 AND case_id = $2`, [debtId, caseId]);
  return debt !== undefined;
}

/** The currencies the case's open debts are owed in, each once. */
export async function openDebtCurrencies(manager: EntityManager, caseId: string): Promise<Currency[]> {
  const owed: { currency: Currency }[] = await manager.query(
    `SELECT DISTINCT currency FROM debts WHERE case_id = $1 AND status = 'open'`,
    [caseId],
  );
  return owed.map((d) => d.currency);
}

/** The products of the creditors the case's open debts are owed to, each once. */
export async function openDebtProducts(manager: EntityManager, caseId: string): Promise<CreditorProduct[]> {
  const products: { product: CreditorProduct }[] = await manager.query(
    `SELECT DISTINCT cr.product FROM debts d ${joinCreditor('cr', 'd.creditor_id')} WHERE d.case_id = $1 AND d.status = 'open'`,
    [caseId],
  );
  return products.map((p) => p.product);
}

export interface OpenDebtOfCase {
  id: string;
  creditor_name: string;
  outstanding_fen: string;
  currency: Currency;
  product: CreditorProduct;
  max_installment_months: number | null;
}

/** The case's open debts, oldest first, with their creditor's name, product and longest plan. */
export function openDebtsWithCreditors(manager: EntityManager, caseId: string): Promise<OpenDebtOfCase[]> {
  return manager.query(
    `SELECT d.id, cr.name AS creditor_name, d.outstanding_fen, d.currency, cr.product, cr.max_installment_months
         FROM debts d ${joinCreditor('cr', 'd.creditor_id')}
        WHERE d.case_id = $1 AND d.status = 'open' ORDER BY d.created_at, d.id`,
    [caseId],
  );
}

/** The debt's currency (the debt must exist). */
export async function currencyOfDebt(manager: EntityManager, debtId: string): Promise<Currency> {
  const [{ currency }] = await manager.query(`SELECT currency FROM debts WHERE id = $1`, [debtId]);
  return currency;
}

/** The product and the longest plan (null: the product's default) of the creditor the debt is owed to. */
export async function creditorLimitOfDebt(
  manager: EntityManager,
  debtId: string,
): Promise<{ product: CreditorProduct; maxMonths: number | null }> {
  const [creditor] = await manager.query(
    `SELECT cr.product, cr.max_installment_months AS "maxMonths"
         FROM debts d ${joinCreditor('cr', 'd.creditor_id')} WHERE d.id = $1`,
    [debtId],
  );
  return creditor;
}

export type DebtWithPenaltyRule = PenaltyColumns & {
  principalFen: string;
  outstandingFen: string;
  overdueFen: string;
  minimumDueFen: string | null;
  overdueSince: string | null;
};

/** The debt's figures as they stand, with its creditor's penalty columns (the debt must exist). */
export async function debtWithPenaltyRule(
  manager: EntityManager,
  debtId: string,
): Promise<DebtWithPenaltyRule> {
  const [row] = await manager.query(
    `SELECT d.principal_fen AS "principalFen", d.outstanding_fen AS "outstandingFen", d.overdue_fen AS "overdueFen",
            d.minimum_due_fen AS "minimumDueFen", d.overdue_since::text AS "overdueSince",
            ${penaltyColumnsOf('r')}
       FROM debts d ${joinCreditor('r', 'd.creditor_id')} WHERE d.id = $1`,
    [debtId],
  );
  return row;
}

export interface DebtForLitigationRisk {
  id: string;
  creditorName: string;
  product: CreditorProduct;
  currency: Currency;
  principalFen: number;
  outstandingFen: number;
  overdueSince: string | null;
  creditorPractice: CreditorLitigationPractice;
}

/** The case's open debts with what their litigation risk is worked out from (creditor's practice included). */
export function debtsForLitigationRisk(
  manager: EntityManager,
  caseId: string,
): Promise<DebtForLitigationRisk[]> {
  return manager.query(
    `SELECT d.id, cr.name AS "creditorName", cr.product, d.currency, d.principal_fen::float8 AS "principalFen",
            d.outstanding_fen::float8 AS "outstandingFen", d.overdue_since::text AS "overdueSince",
            ${litigationPracticeOf('cr')} AS "creditorPractice"
       FROM debts d ${joinCreditor('cr', 'd.creditor_id')}
      WHERE d.case_id = $1 AND d.status = 'open' ORDER BY d.created_at, d.id`,
    [caseId],
  );
}

/** The ids among `debtIds` that are debts of the case. */
export async function debtsOfCase(
  manager: EntityManager,
  caseId: string,
  debtIds: readonly string[],
): Promise<Set<string>> {
  if (!debtIds.length) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM debts WHERE case_id = $1 AND id = ANY($2::uuid[])`,
    [caseId, debtIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** The case a debt belongs to, or undefined when there is no such debt. */
export async function caseOfDebt(manager: EntityManager, debtId: string): Promise<string | undefined> {
  const [row] = await manager.query(`SELECT case_id AS "caseId" FROM debts WHERE id = $1`, [debtId]);
  return row?.caseId;
}
