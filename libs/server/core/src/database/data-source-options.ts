import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_MAX' | 'DATABASE_STATEMENT_TIMEOUT_MS'>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: config.DATABASE_POOL_MAX,
      // Without these node-postgres waits for a connection, a lock or an idle transaction forever.
      connectionTimeoutMillis: 5000,
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 30000,
      application_name: 'accord',
      // Accord's statements are short and many run at once: a parallel plan's workers take longer to
      // start (~5 ms each) than they save, and under load they only compete for the same cores.
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}
