import Redis from 'ioredis';
import { TEST_REDIS_URL } from '@accord/server-testing';
import { describe, expect, it } from 'vitest';
import { describeSignInRecording } from './support/sign-in-recording';

const { queuePrefix } = describeSignInRecording('postgres');

describe('PostgreSQL backend', () => {
  // BullMQ silently falls back to Redis on localhost when it does not recognise a connection: prove it did not.
  it('writes nothing to Redis', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      expect(await redis.keys(`${queuePrefix()}*`)).toEqual([]);
      expect(await redis.keys(`bull:users:*`)).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
