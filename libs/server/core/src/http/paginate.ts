import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQueryDto } from './list-query.dto';

/**
 * Applies the list conventions (sort by a whitelisted column, id as the tie-breaker so pages never
 * overlap, page and perPage) and answers `{rows, raw, total}`. The count is a plain count(*) of the same
 * filters, run beside the page: TypeORM's getManyAndCount counts DISTINCT ids, a sort on large tables.
 * `withPage` adds joins and columns to the page query only (e.g. names shown in the rows), so the count
 * stays on the filtered table alone; their values come back in `raw`, row for row. `count` replaces the
 * count(*) when the caller has an exact total that is cheaper to read (a kept-up-to-date aggregate).
 * A sort may name several columns, read in the same direction one after the other (amounts per currency,
 * which are never added into one).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto & { sort: string },
  sortColumns: Record<string, string | readonly string[]>,
  options: { withPage?: (page: SelectQueryBuilder<T>) => void; count?: () => Promise<number> } = {},
): Promise<{ rows: T[]; raw: Record<string, unknown>[]; total: number }> {
  const counted = options.count
    ? options.count()
    : qb
        .clone()
        .select('count(*)', 'total')
        .orderBy()
        .getRawOne<{ total: string }>()
        .then((r) => Number(r?.total ?? 0));
  const nulls = query.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST';
  const [first, ...then] = ([] as string[]).concat(sortColumns[query.sort]);
  const page = qb.orderBy(first, query.order, nulls);
  for (const column of then) page.addOrderBy(column, query.order, nulls);
  page
    .addOrderBy(`${qb.alias}.id`, query.order)
    .offset((query.page - 1) * query.perPage)
    .limit(query.perPage);
  options.withPage?.(page);
  const [{ entities, raw }, total] = await Promise.all([page.getRawAndEntities(), counted]);
  return { rows: entities, raw, total };
}
