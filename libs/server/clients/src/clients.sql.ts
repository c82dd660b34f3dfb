/** Joins the client `clientId` names as `alias` (its `full_name` is the client's name), for composed statements. */
export const joinClient = (alias: string, clientId: string) =>
  `JOIN clients ${alias} ON ${alias}.id = ${clientId}`;
