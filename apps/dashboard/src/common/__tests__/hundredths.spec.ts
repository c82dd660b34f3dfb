import { describe, expect, it } from 'vitest';
import { hundredthsInputText, hundredthsInputValue, hundredthsText, parseHundredths } from '../hundredths';

describe('amounts typed with two decimals', () => {
  it.each([
    ['2000', 200000],
    ['2,000', 200000],
    ['1234.5', 123450],
    ['1234.56', 123456],
    [' 0.05 ', 5],
    ['0', 0],
  ])('reads %s as %i hundredths', (text, value) => {
    expect(parseHundredths(text)).toBe(value);
  });

  it.each(['', 'abc', '12.', '.5', '1.234', '-5', '-0', '1e3', '¥12'])('refuses %j', (text) => {
    expect(parseHundredths(text)).toBeNull();
  });

  it.each([
    [123456, '1234.56'],
    [200000, '2000'],
    [5, '0.05'],
    [10, '0.1'],
    [0, '0'],
    [2400, '24'],
  ])('prints %i as %s', (value, text) => {
    expect(hundredthsText(value)).toBe(text);
    expect(parseHundredths(text)).toBe(value);
  });

  it('keeps the typed text while it is not an amount yet, and null when empty', () => {
    expect(hundredthsInputValue('')).toBeNull();
    expect(hundredthsInputValue('  ')).toBeNull();
    expect(hundredthsInputValue('12.')).toBe('12.');
    expect(hundredthsInputValue('12.5')).toBe(1250);
    expect(hundredthsInputValue('-3')).toBe('-3');
  });

  it('shows a held value as text', () => {
    expect(hundredthsInputText(1250)).toBe('12.5');
    expect(hundredthsInputText('12.')).toBe('12.');
    expect(hundredthsInputText(null)).toBe('');
    expect(hundredthsInputText(undefined)).toBe('');
  });
});
