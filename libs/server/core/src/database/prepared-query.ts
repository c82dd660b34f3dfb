import type { Pool, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A named (prepared) statement on TypeORM's own pool: PostgreSQL plans it once per connection instead
 * of on every call. For the few hot statements run thousands of times a second (firing reminders),
 * where planning a many-table join costs more than running it.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<QueryResult<T & Record<string, unknown>>> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  return pool.query<T & Record<string, unknown>>({ name, text, values });
}
