import { describe, expect, it } from 'vitest';
import { debtFormCurrency } from '../debt';

describe('the currency a debt’s amounts are typed in', () => {
  it('follows the chosen creditor’s market for a new debt, and shows none before one is chosen', () => {
    expect(debtFormCurrency({ creditorId: 'ctbc' }, undefined, 'TW')).toBe('TWD');
    expect(debtFormCurrency({ creditorId: 'huabei' }, undefined, 'CN')).toBe('CNY');
    expect(debtFormCurrency({}, undefined, null)).toBeNull();
    expect(debtFormCurrency({ creditorId: 'ctbc' }, undefined, null)).toBeNull();
  });

  it('keeps the debt’s own until the creditor changes, as the API does', () => {
    const saved = { currency: 'CNY' as const, creditorId: 'huabei' };
    expect(debtFormCurrency({ currency: 'CNY', creditorId: 'huabei' }, saved, 'CN')).toBe('CNY');
    expect(debtFormCurrency({ currency: 'CNY', creditorId: 'ctbc' }, saved, 'TW')).toBe('TWD');
  });

  it('takes the one an admin picks over the creditor’s', () => {
    expect(debtFormCurrency({ currency: 'TWD', creditorId: 'huabei' }, undefined, 'CN')).toBe('TWD');
    const saved = { currency: 'CNY' as const, creditorId: 'huabei' };
    expect(debtFormCurrency({ currency: 'TWD', creditorId: 'huabei' }, saved, 'CN')).toBe('TWD');
  });
});
