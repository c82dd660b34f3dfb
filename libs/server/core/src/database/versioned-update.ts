import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { NotFoundError, StaleVersionError } from '../errors/app-error';

/**
 * TypeORM's save() does not guard on the version column, so edits go through one conditional UPDATE:
 * no row affected means either the record is gone (404) or someone else saved first (409).
 */
export async function versionedUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const current = await manager
    .getRepository(target)
    .findOne({ where: { id } as never, select: { version: true } as never });
  if (!current) throw new NotFoundError(label);
  throw new StaleVersionError(label, (current as unknown as { version: number }).version);
}

/**
 * The same guard for tables written in plain SQL: `changes` are column names, the row is read beforehand
 * (so gone is already a 404), and no row affected means someone else saved first (409).
 */
export async function versionedRowUpdate(
  manager: EntityManager,
  table: string,
  label: string,
  id: string,
  expectedVersion: number,
  currentVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(changes);
  const [rows]: [unknown[]] = await manager.query(
    `UPDATE ${table} SET ${[...columns.map((c, i) => `${c} = $${i + 3}`), 'updated_at = now()', 'version = version + 1'].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, expectedVersion, ...columns.map((c) => changes[c])],
  );
  if (rows.length === 0) throw new StaleVersionError(label, currentVersion);
}
