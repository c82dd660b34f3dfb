import { CURRENCIES, type Currency } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoneyOrAmount, soleCurrency } from '../money';
import { statementCurrency } from '../statement-currency';

const currencies = fc.array(fc.constantFrom<Currency>(...CURRENCIES), { maxLength: 6 });

describe('an amount whose currency may not be known', () => {
  it('is shown in its currency when known, and bare (never as yuan) when not', () => {
    expect(formatMoneyOrAmount(123456, 'TWD')).toBe('NT$1,234.56');
    expect(formatMoneyOrAmount(123456, 'CNY')).toBe('¥1,234.56');
    expect(formatMoneyOrAmount(123456, null)).toBe('1,234.56');
    expect(formatAmount(-5)).toBe('-0.05');
  });

  it('has one currency only when every amount is in the same one', () => {
    expect(soleCurrency(['TWD', 'TWD'])).toBe('TWD');
    expect(soleCurrency(['TWD', 'CNY'])).toBeNull();
    expect(soleCurrency([])).toBeNull();
  });
});

describe('a financial statement’s currency', () => {
  it('is the open debts’ one, or the one named when they are in two or none', () => {
    expect(statementCurrency(['TWD', 'TWD'])).toEqual({ currency: 'TWD' });
    expect(statementCurrency(['CNY', 'TWD'])).toEqual({
      refused: 'STATEMENT_CURRENCY_NEEDED',
      owed: ['CNY', 'TWD'],
    });
    expect(statementCurrency([])).toEqual({ refused: 'STATEMENT_CURRENCY_NEEDED', owed: [] });
    expect(statementCurrency(['CNY', 'TWD'], 'TWD')).toEqual({ currency: 'TWD' });
    expect(statementCurrency([], 'TWD')).toEqual({ currency: 'TWD' });
  });

  it('is never one the client owes nothing in, so capacity is never compared across currencies', () => {
    expect(statementCurrency(['TWD'], 'CNY')).toEqual({
      refused: 'STATEMENT_CURRENCY_NOT_OWED',
      owed: ['TWD'],
    });
    fc.assert(
      fc.property(currencies, fc.option(fc.constantFrom<Currency>(...CURRENCIES)), (owed, asked) => {
        const answer = statementCurrency(owed, asked);
        if ('currency' in answer) {
          if (owed.length) expect(owed).toContain(answer.currency);
          if (asked) expect(answer.currency).toBe(asked);
        } else {
          expect(answer.owed).toEqual([...new Set(owed)].sort());
        }
      }),
    );
  });
});
