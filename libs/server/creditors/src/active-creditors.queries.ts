import type { Market } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/** The catalog's active creditors by lower-cased name, with their market (an import names creditors). */
export function activeCreditorsByName(
  manager: EntityManager,
): Promise<{ id: string; name: string; market: Market }[]> {
  return manager.query(`SELECT id, lower(name) AS name, market FROM creditors WHERE active`);
}

/** The catalog's creditors of one market, by name, with their product (the demo seeds' debts). */
export function creditorsOfMarket(
  manager: EntityManager,
  market: Market,
): Promise<{ id: string; product: string }[]> {
  return manager.query(`SELECT id, product FROM creditors WHERE market = $1 ORDER BY name`, [market]);
}
