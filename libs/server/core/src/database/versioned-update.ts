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
