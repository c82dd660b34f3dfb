import { joinClient } from '@accord/server-clients';
import { joinCreditor } from '@accord/server-creditors';

/*
 * SQL about cases and debts for features that compose one statement with them: cases owns these
 * tables, so their names are written here only. Placeholders and aliases are passed in.
 */

/** Joins the case `caseId` names as `alias`. */
export const joinCase = (alias: string, caseId: string) => `JOIN cases ${alias} ON ${alias}.id = ${caseId}`;

/** Joins the debt `debtId` names as `alias` (its `currency`, `creditor_id`, …). */
export const joinDebt = (alias: string, debtId: string) => `JOIN debts ${alias} ON ${alias}.id = ${debtId}`;

/**
 * The rows `picked` finds (each carries "caseId"), with their case's reference and client's name: looked
 * up only for the rows kept, after the picking query has counted and limited its own.
 */
export function withCaseNames(picked: string, order: string): string {
  return `
    SELECT p.*, c.reference, cl.full_name AS "clientName"
      FROM (${picked}) p JOIN cases c ON c.id = p."caseId" ${joinClient('cl', 'c.client_id')}
     ORDER BY ${order}`;
}

/**
 * As withCaseNames, for rows that also carry their debt (`debt_id`): `columns` of `p` and the case's
 * reference, the client's name, the creditor's name (`creditor`) and the debt's currency; `rest` filters
 * and orders.
 */
export function withCaseAndDebtNames(picked: string, columns: string, rest: string): string {
  return `
        SELECT ${columns},
               c.reference, cl.full_name AS "clientName", cr.name AS creditor, d.currency FROM (${picked}) p
          JOIN cases c ON c.id = p."caseId" ${joinClient('cl', 'c.client_id')}
          JOIN debts d ON d.id = p.debt_id ${joinCreditor('cr', 'd.creditor_id')}
         ${rest}`;
}

/** Joins the case `caseId` names as `alias`, kept only if it is open and the officer `officerId`'s. */
export const joinOpenCaseOfOfficer = (alias: string, caseId: string, officerId: string) =>
  `JOIN cases ${alias} ON ${alias}.id = ${caseId} AND ${alias}.officer_id = ${officerId} AND ${alias}.stage <> 'closed'`;

/**
 * The open debts of the case `caseId`, named `alias`, as a subquery selecting `select` (1 for EXISTS; add
 * conditions with AND).
 */
export const openDebtsOfCase = (alias: string, caseId: string, select = '1') =>
  `SELECT ${select} FROM debts ${alias} WHERE ${alias}.case_id = ${caseId} AND ${alias}.status = 'open'`;

/** Debts named `debt`, each with its case named `kase`, for a FROM clause. */
export const debtsWithCases = (debt: string, kase: string) =>
  `debts ${debt} JOIN cases ${kase} ON ${kase}.id = ${debt}.case_id`;

/** Cases named `kase`, each with its client named `client`, for a FROM clause. */
export const casesWithClients = (kase: string, client: string) =>
  `cases ${kase} ${joinClient(client, `${kase}.client_id`)}`;
