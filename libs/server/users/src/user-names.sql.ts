import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/*
 * The names of users that other features show beside their records (a case's officer, the actor of an
 * event): users owns the table, so its name is written here only. Placeholders and aliases are passed in.
 */

/** The name of the user `userId`, as a scalar subquery (null when there is none). */
export const userNameOf = (userId: string) => `(SELECT u.full_name FROM users u WHERE u.id = ${userId})`;

/** Left-joins the user `userId` to a query builder as `alias` (its `full_name` is the person's name). */
export const leftJoinUser = <T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  userId: string,
): SelectQueryBuilder<T> => qb.leftJoin('users', alias, `${alias}.id = ${userId}`);

/** The id and name of each of these users that exists, in one query. */
export function namesOfUsers(
  manager: EntityManager,
  ids: string[],
): Promise<{ id: string; full_name: string }[]> {
  return manager.query(`SELECT id, full_name FROM users WHERE id = ANY($1)`, [ids]);
}

/** Left-joins the user `userId` names as `alias`, for composed statements (kept when there is none). */
export const leftJoinUserSql = (alias: string, userId: string) =>
  `LEFT JOIN users ${alias} ON ${alias}.id = ${userId}`;
