import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config.schema';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord',
  JWT_SECRET: 'x'.repeat(32),
  FIELD_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  FIELD_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
};

describe('configuration', () => {
  it('fills defaults for everything optional', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({
      PORT: 3000,
      FIRM_TIME_ZONE: 'Asia/Taipei',
      JWT_TTL_SECONDS: 300,
      QUEUE_PREFIX: 'accord',
    });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('names every missing or invalid variable in one message', () => {
    expect(() => parseConfig({ JWT_SECRET: 'short', PORT: 'eighty' })).toThrow(ConfigError);
    try {
      parseConfig({ JWT_SECRET: 'short', PORT: 'eighty' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('JWT_SECRET must be at least 32 characters');
      expect(message).toContain('PORT');
    }
  });

  it('refuses an unknown time zone', () => {
    expect(() => parseConfig({ ...valid, FIRM_TIME_ZONE: 'Mars/Olympus' })).toThrow(/FIRM_TIME_ZONE/);
  });

  it('reads booleans and numbers from strings', () => {
    expect(parseConfig({ ...valid, LOG_PRETTY: 'true', PORT: '8080' })).toMatchObject({
      LOG_PRETTY: true,
      PORT: 8080,
    });
  });

  it('takes an empty e-mail or SMS setting (a compose file’s ${VAR:-}) as off, and a malformed one as an error', () => {
    const config = parseConfig({ ...valid, SMTP_URL: '', SMS_GATEWAY_URL: '', SMS_GATEWAY_TOKEN: '' });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.SMS_GATEWAY_URL).toBeUndefined();
    expect(() => parseConfig({ ...valid, SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(parseConfig({ ...valid, SMTP_URL: 'smtp://mail:25' }).SMTP_URL).toBe('smtp://mail:25');
  });
});
