import type { IdDocumentType } from '@accord/contracts';
import { isCalendarDate } from './dates';

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = '10X98765432';

/** Chinese resident ID: 17 digits + ISO 7064 MOD 11-2 check character, with a real birth date. */
export function isValidCnResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birth) || Number(id.slice(6, 10)) < 1900) return false;
  const sum = CN_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(id[i]), 0);
  return CN_CHECK[sum % 11] === id[17];
}

// Letter values of the Taiwan ID: A=10 … Z=33 in this historical (not alphabetical) order.
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

const TW_WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

function twWeightedSum(letterAndDigits: string): number {
  const value = TW_LETTERS.indexOf(letterAndDigits[0]) + 10;
  const digits = [Math.floor(value / 10), value % 10, ...letterAndDigits.slice(1).split('').map(Number)];
  return digits.reduce((acc, d, i) => acc + d * TW_WEIGHTS[i], 0);
}

/** Taiwan national ID (and the new-style resident certificate): letter + 9 digits with a check digit. */
export function isValidTwNationalId(id: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return false;
  return twWeightedSum(id) % 10 === 0;
}

/**
 * A Taiwan ID with its check digit, from a letter and a serial number: for demo and test data only,
 * where every client needs a distinct number that passes validation.
 */
export function taiwanIdFromSerial(serial: number, letter = 'A'): string {
  const body = `${serial % 2 ? 1 : 2}${String(Math.abs(serial) % 10_000_000).padStart(7, '0')}`;
  const sum = twWeightedSum(`${letter}${body}0`);
  return `${letter}${body}${(10 - (sum % 10)) % 10}`;
}

/** Upper-cases and strips spaces and dashes, so the same number typed twice hashes the same. */
export function normalizeIdNumber(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidIdNumber(type: IdDocumentType, id: string): boolean {
  const normalized = normalizeIdNumber(id);
  switch (type) {
    case 'cn_resident_id':
      return isValidCnResidentId(normalized);
    case 'tw_national_id':
      return isValidTwNationalId(normalized);
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(normalized);
    case 'other':
      return /^[A-Z0-9]{4,30}$/.test(normalized);
  }
}

/** Keeps the first three and last two characters: A123456789 → A12*****89. */
export function maskIdentifier(value: string): string {
  if (value.length <= 5) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}
