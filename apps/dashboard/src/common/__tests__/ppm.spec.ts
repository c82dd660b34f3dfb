import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePercentPpm, ppmInputText, ppmInputValue, ppmPercentText } from '../ppm';

describe('daily rates typed in percent with up to four decimals', () => {
  it.each([
    ['0.05', 500],
    ['0.035', 350],
    ['0.0411', 411],
    ['0.045', 450],
    [' 0.1 ', 1000],
    ['1', 10000],
    ['10', 100000],
    ['0', 0],
    ['0.0001', 1],
    ['0.03500', 350],
    ['0.0411000', 411],
  ])('reads %s %% as %i ppm', (text, ppm) => {
    expect(parsePercentPpm(text)).toBe(ppm);
  });

  it('reads exactly where floating point would not: 0.035 is 350, not 349.99999999999994', () => {
    expect(0.035 * 10000).not.toBe(350);
    expect(parsePercentPpm('0.035')).toBe(350);
    expect(parsePercentPpm('0.0573')).toBe(573);
    expect(parsePercentPpm('4.1111')).toBe(41111);
  });

  it.each([
    '',
    'abc',
    '0.',
    '.05',
    '0.00001',
    '0.035001',
    '-0.05',
    '-0',
    '5e-4',
    '0,05',
    '1,000',
    '0.05%',
    '1234567',
  ])('refuses %j', (text) => {
    expect(parsePercentPpm(text)).toBeNull();
  });

  it.each([
    [500, '0.05'],
    [350, '0.035'],
    [411, '0.0411'],
    [1, '0.0001'],
    [10000, '1'],
    [12500, '1.25'],
    [0, '0'],
  ])('prints %i ppm as %s', (ppm, text) => {
    expect(ppmPercentText(ppm)).toBe(text);
  });

  it('prints every rate as text that reads back as the same rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (ppm) => {
        expect(parsePercentPpm(ppmPercentText(ppm))).toBe(ppm);
      }),
    );
  });

  it('reads every text of up to four decimals as its digits, whatever zeros it ends with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999 }), fc.stringMatching(/^\d{0,4}$/), (whole, fraction) => {
        const text = fraction ? `${whole}.${fraction}` : String(whole);
        expect(parsePercentPpm(text)).toBe(whole * 10000 + Number(fraction.padEnd(4, '0')));
      }),
    );
  });

  it('keeps the typed text while it is not a rate yet, and null when empty', () => {
    expect(ppmInputValue('')).toBeNull();
    expect(ppmInputValue('  ')).toBeNull();
    expect(ppmInputValue('0.')).toBe('0.');
    expect(ppmInputValue('0.035')).toBe(350);
    expect(ppmInputValue('0.00001')).toBe('0.00001');
  });

  it('shows a held value as text', () => {
    expect(ppmInputText(350)).toBe('0.035');
    expect(ppmInputText('0.')).toBe('0.');
    expect(ppmInputText(null)).toBe('');
    expect(ppmInputText(undefined)).toBe('');
  });
});
