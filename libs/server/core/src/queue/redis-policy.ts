import Redis from 'ioredis';

export interface RedisDurability {
  evictionPolicy: string;
  appendOnly: boolean;
}

/**
 * What the Redis behind the queues would do under memory pressure and after a restart. Read with INFO,
 * which managed services allow where CONFIG is often disabled.
 */
export async function readRedisDurability(url: string): Promise<RedisDurability> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await redis.connect();
    const info = `${await redis.info('memory')}\n${await redis.info('persistence')}`;
    const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
    return { evictionPolicy: field('maxmemory_policy'), appendOnly: field('aof_enabled') === '1' };
  } finally {
    redis.disconnect();
  }
}

/**
 * An evicting Redis silently drops scheduled reminders under memory pressure: refuse it. Without the
 * append-only file a restart loses the schedule; the reconciler rebuilds it from PostgreSQL, so warn.
 */
export function durabilityProblems(durability: RedisDurability): {
  fatal: string | null;
  warning: string | null;
} {
  return {
    fatal:
      durability.evictionPolicy === 'noeviction'
        ? null
        : `Redis maxmemory-policy is "${durability.evictionPolicy}": queues need "noeviction" (jobs would be evicted)`,
    warning: durability.appendOnly
      ? null
      : 'Redis runs without appendonly: a restart loses the queue until the reminder reconciler rebuilds it',
  };
}
