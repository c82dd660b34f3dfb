import { createPostgresBackend, setDefaultBackendFactory, type QueueOptions } from 'bullmq';
import type { AppConfig } from '../config/config.schema';

export type QueueBackendKind = 'redis' | 'postgres';

export interface QueueConnection {
  kind: QueueBackendKind;
  options: Pick<QueueOptions, 'connection' | 'prefix'>;
}

/**
 * Redis in production; BullMQ's PostgreSQL backend when REDIS_URL is absent, so the quick start needs no
 * service. The backend factory is process-wide in BullMQ, so it is set here, once, before any queue exists.
 */
export function queueConnection(
  config: Pick<AppConfig, 'REDIS_URL' | 'DATABASE_URL' | 'QUEUE_PREFIX'>,
): QueueConnection {
  if (config.REDIS_URL) {
    setDefaultBackendFactory();
    const url = new URL(config.REDIS_URL);
    return {
      kind: 'redis',
      options: {
        prefix: config.QUEUE_PREFIX,
        connection: {
          host: url.hostname,
          port: Number(url.port || 6379),
          username: url.username ? decodeURIComponent(url.username) : undefined,
          password: url.password ? decodeURIComponent(url.password) : undefined,
          db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
          tls: url.protocol === 'rediss:' ? {} : undefined,
          maxRetriesPerRequest: null,
        },
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  return {
    kind: 'postgres',
    options: {
      prefix: config.QUEUE_PREFIX,
      connection: {
        connectionString: config.DATABASE_URL,
        schema: `bullmq_${config.QUEUE_PREFIX.replace(/-/g, '_')}`,
        // The quick start has no separate migration step for BullMQ's own tables.
        migrate: true,
      } as never,
    },
  };
}
