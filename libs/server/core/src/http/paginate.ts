import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQueryDto } from './list-query.dto';

/**
 * Applies the list conventions (sort by a whitelisted column, id as the tie-breaker so pages never
 * overlap, page and perPage) and answers `{rows, total}`.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto & { sort: string },
  sortColumns: Record<string, string>,
): Promise<{ rows: T[]; total: number }> {
  const alias = qb.alias;
  const [rows, total] = await qb
    .orderBy(sortColumns[query.sort], query.order, query.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy(`${alias}.id`, query.order)
    .skip((query.page - 1) * query.perPage)
    .take(query.perPage)
    .getManyAndCount();
  return { rows, total };
}
