/** Joins the creditor `creditorId` names as `alias` (its `name`), for composed statements. */
export const joinCreditor = (alias: string, creditorId: string) =>
  `JOIN creditors ${alias} ON ${alias}.id = ${creditorId}`;
