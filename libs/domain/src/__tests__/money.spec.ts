import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, isFen, parseYuan } from '../money';

describe('money in fen', () => {
  it('formats with thousands separators and two decimals', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-200000)).toBe('-¥2,000.00');
    expect(formatFen(0)).toBe('¥0.00');
  });

  it('parses decimal yuan strings exactly', () => {
    expect(parseYuan('2000')).toBe(200000);
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('-3.10')).toBe(-310);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });

  it('round-trips every integer amount through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(parseYuan(formatFen(fen, ''))).toBe(fen);
      }),
    );
  });

  it('never produces a non-integer amount', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseYuan(text);
        expect(parsed === null || isFen(parsed)).toBe(true);
      }),
    );
  });
});
