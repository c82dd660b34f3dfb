import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../field-cipher';

const key = () => randomBytes(32).toString('base64');
const hashKey = key();
const k1 = key();
const k2 = key();

describe('field encryption', () => {
  const cipher = new FieldCipher({ FIELD_ENCRYPTION_KEYS: `k1:${k1}`, FIELD_HASH_KEY: hashKey });

  it('round-trips any text and never stores it in the clear', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
        const sealed = cipher.seal(text);
        expect(cipher.open(sealed.cipher)).toBe(text);
        expect(sealed.cipher).not.toContain(text.length > 3 ? text : '\u0000');
        expect(sealed.keyId).toBe('k1');
      }),
    );
  });

  it('hashes the same value the same way, and different values differently', () => {
    expect(cipher.hash('A123456789')).toBe(cipher.hash('A123456789'));
    expect(cipher.hash('A123456789')).not.toBe(cipher.hash('A123456788'));
    expect(cipher.seal('A123456789').cipher).not.toBe(cipher.seal('A123456789').cipher);
  });

  it('reads values sealed with an older key after rotation', () => {
    const old = cipher.seal('0912345678');
    const rotated = new FieldCipher({
      FIELD_ENCRYPTION_KEYS: `k1:${k1},k2:${k2}`,
      FIELD_ENCRYPTION_KEY_ID: 'k2',
      FIELD_HASH_KEY: hashKey,
    });
    expect(rotated.open(old.cipher)).toBe('0912345678');
    expect(rotated.seal('x').keyId).toBe('k2');
    expect(rotated.hash('0912345678')).toBe(old.hash);
  });

  it('refuses a tampered value', () => {
    const sealed = cipher.seal('A123456789').cipher.split('.');
    sealed[3] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.open(sealed.join('.'))).toThrow();
  });
});
