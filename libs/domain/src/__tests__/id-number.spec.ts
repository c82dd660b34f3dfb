import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidCnResidentId,
  isValidIdNumber,
  isValidTwNationalId,
  maskIdentifier,
  normalizeIdNumber,
  taiwanIdFromSerial,
} from '../id-number';

describe('identity numbers', () => {
  it('accepts valid Chinese resident IDs and refuses a wrong check character or date', () => {
    expect(isValidCnResidentId('11010519491231002X')).toBe(true);
    expect(isValidCnResidentId('110105194912310021')).toBe(false);
    expect(isValidCnResidentId('11010519491331002X')).toBe(false);
    expect(isValidCnResidentId('1101051949123100')).toBe(false);
  });

  it('accepts valid Taiwan IDs and refuses a wrong check digit', () => {
    expect(isValidTwNationalId('A123456789')).toBe(true);
    expect(isValidTwNationalId('A123456788')).toBe(false);
    expect(isValidTwNationalId('a123456789')).toBe(false);
    expect(isValidIdNumber('tw_national_id', ' a123-456-789 ')).toBe(true);
  });

  // The checksum is mod 10: a typo is always caught where the digit's weight is coprime to 10.
  it('catches every single-digit typo in the positions weighted 1, 3, 7 or 9', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 6, 8, 9), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const id = 'A123456789';
        const digit = (Number(id[position]) + delta) % 10;
        const typo = id.slice(0, position) + digit + id.slice(position + 1);
        expect(isValidTwNationalId(typo)).toBe(false);
      }),
    );
  });

  it('masks all but the first three and last two characters', () => {
    expect(maskIdentifier('A123456789')).toBe('A12*****89');
    expect(maskIdentifier('11010519491231002X')).toBe('110*************2X');
    expect(maskIdentifier('0912')).toBe('****');
  });

  it('normalizes case, spaces and dashes', () => {
    expect(normalizeIdNumber(' a12-345 6789')).toBe('A123456789');
  });
});

describe('Taiwan IDs from serial numbers', () => {
  it('are always valid and distinct', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('A', 'F', 'Z'),
        (serial, letter) => {
          expect(isValidTwNationalId(taiwanIdFromSerial(serial, letter))).toBe(true);
        },
      ),
    );
    expect(new Set([1, 2, 3, 4].map((n) => taiwanIdFromSerial(n))).size).toBe(4);
  });
});
