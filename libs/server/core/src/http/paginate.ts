import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQueryDto } from './list-query.dto';

/**
 * Applies the list conventions (sort by a whitelisted column, id as the tie-breaker so pages never
 * overlap, page and perPage) and answers `{rows, total}`. The count is a plain count(*) of the same
 * filters: TypeORM's getManyAndCount counts DISTINCT ids, which costs a sort on large tables.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto & { sort: string },
  sortColumns: Record<string, string>,
): Promise<{ rows: T[]; total: number }> {
  const alias = qb.alias;
  const counted = qb.clone().select('count(*)', 'total').orderBy().getRawOne<{ total: string }>();
  const rows = qb
    .orderBy(sortColumns[query.sort], query.order, query.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy(`${alias}.id`, query.order)
    .offset((query.page - 1) * query.perPage)
    .limit(query.perPage)
    .getMany();
  const [page, count] = await Promise.all([rows, counted]);
  return { rows: page, total: Number(count?.total ?? 0) };
}
