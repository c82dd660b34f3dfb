import { describe, expect, it } from 'vitest';
import { readFailure, tokenFromHash } from '../upload-api';

const body = (code: string, details?: object) =>
  JSON.stringify({ statusCode: 0, code, message: 'm', details });

describe('tokenFromHash', () => {
  it('reads the token from the address’s fragment', () => {
    const token = 'a'.repeat(43);
    expect(tokenFromHash(`#${token}`)).toBe(token);
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#not a token')).toBeNull();
  });
});

describe('readFailure', () => {
  it('keeps the codes the page has words for', () => {
    expect(readFailure(404, body('LINK_INVALID'), null).code).toBe('LINK_INVALID');
    expect(readFailure(409, body('DUPLICATE_FILE'), null).code).toBe('DUPLICATE_FILE');
    expect(readFailure(422, body('EMPTY_FILE'), null).code).toBe('EMPTY_FILE');
  });

  it('falls back on the status for answers without a code of ours', () => {
    expect(readFailure(413, '<html>Request Entity Too Large</html>', null).code).toBe('PAYLOAD_TOO_LARGE');
    expect(readFailure(415, '', null).code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(readFailure(500, body('INTERNAL_ERROR'), null).code).toBe('UNKNOWN');
  });

  it('says how long a rate limit lasts, from the details or from Retry-After', () => {
    const limited = readFailure(429, body('TOO_MANY_REQUESTS', { retryAfterSeconds: 1800 }), '1800');
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.retryAfterSeconds).toBe(1800);
    expect(readFailure(429, 'Too many', '42').retryAfterSeconds).toBe(42);
    expect(readFailure(429, 'Too many', null).retryAfterSeconds).toBeNull();
  });
});
