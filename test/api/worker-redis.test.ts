import Redis from 'ioredis';
import { TEST_REDIS_URL } from '@accord/server-testing';
import { describe, expect, it } from 'vitest';
import { describeSignInRecording } from './support/sign-in-recording';

const { queuePrefix } = describeSignInRecording('redis');

describe('Redis backend', () => {
  it('keeps its jobs in Redis under the configured prefix', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`${queuePrefix()}:users:*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
