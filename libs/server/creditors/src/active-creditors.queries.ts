import type { Market } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/** The catalog's active creditors by lower-cased name, with their market (an import names creditors). */
export function activeCreditorsByName(
  manager: EntityManager,
): Promise<{ id: string; name: string; market: Market }[]> {
  return manager.query(`SELECT id, lower(name) AS name, market FROM creditors WHERE active`);
}
