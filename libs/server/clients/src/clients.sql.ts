import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/*
 * SQL about clients for features that compose one statement with them (a case's list, its detail):
 * clients owns this table, so its name is written here only. Placeholders and aliases are passed in.
 */

/** Joins the client `clientId` names as `alias` (its `full_name` is the client's name), for composed statements. */
export const joinClient = (alias: string, clientId: string) =>
  `JOIN clients ${alias} ON ${alias}.id = ${clientId}`;

/** Left-joins the client `clientId` to a query builder as `alias` (its `full_name` is the client's name). */
export const leftJoinClient = <T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  clientId: string,
): SelectQueryBuilder<T> => qb.leftJoin('clients', alias, `${alias}.id = ${clientId}`);

/** The name of the client `clientId`, as a scalar subquery (null when there is none). */
export const clientNameOf = (clientId: string) => `(SELECT full_name FROM clients WHERE id = ${clientId})`;

/** Whether the client `clientId` has a name matching the ILIKE pattern `pattern` (escaped with \). */
export const clientNameMatches = (clientId: string, pattern: string) =>
  `EXISTS (SELECT 1 FROM clients qc WHERE qc.id = ${clientId} AND qc.full_name ILIKE ${pattern} ESCAPE '\\')`;

/** Left-joins the client `clientId` names as `alias`, for composed statements (kept when there is none). */
export const leftJoinClientSql = (alias: string, clientId: string) =>
  `LEFT JOIN clients ${alias} ON ${alias}.id = ${clientId}`;

/** How to reach the client joined as `alias`, as JSON {email, phoneCipher, locale}; NULL when none was joined. */
export const clientContactJson = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('email', ${alias}.email, 'phoneCipher', ${alias}.phone_cipher,
              'locale', ${alias}.locale) END`;
