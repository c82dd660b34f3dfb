import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_PATTERN = /^[a-z2-9]{4}-[a-z2-9]{4}$/;

/**
 * Ten codes of 8 characters from 31 letters and digits no one confuses (no 0/o, 1/l/i): about 40 bits
 * each, enough for a code that also needs the password and is throttled like it.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
    return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
  });
}

/** As typed: case and spaces do not matter. */
export const normalizedRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '');
