import { describe, expect, it } from 'vitest';
import { changedResource, changesOf, entryCurrency, eventKind, shownValue, sideCurrency } from '../timeline';

describe('a timeline entry’s values', () => {
  it('shows amounts in their currency, vocabulary through messages, and nothing as empty', () => {
    expect(shownValue('outstandingFen', 200000, 'CNY')).toEqual({ kind: 'text', text: '¥2,000.00' });
    expect(shownValue('outstandingFen', 200000, 'TWD')).toEqual({ kind: 'text', text: 'NT$2,000.00' });
    // No currency known: a bare amount, never a guessed ¥.
    expect(shownValue('outstandingFen', 200000)).toEqual({ kind: 'text', text: '2,000.00' });
    expect(shownValue('status', 'excluded')).toEqual({
      kind: 'message',
      key: 'accord.debt_statuses.excluded',
      fallback: 'excluded',
    });
    expect(shownValue('litigationRisk', 'high')).toMatchObject({ key: 'accord.litigation_risks.high' });
    expect(shownValue('outcome', null)).toEqual({ kind: 'empty' });
    expect(shownValue('closingNote', '')).toEqual({ kind: 'empty' });
  });

  it('names creditors and calendar dates for the page to resolve', () => {
    expect(shownValue('creditorId', 'c1')).toEqual({ kind: 'creditor', id: 'c1' });
    expect(shownValue('overdueSince', '2026-01-02')).toEqual({ kind: 'date', date: '2026-01-02' });
    expect(shownValue('contractDate', '2021-03-01')).toEqual({ kind: 'date', date: '2021-03-01' });
    expect(shownValue('paidOn', '2026-12-05')).toEqual({ kind: 'date', date: '2026-12-05' });
  });

  it('keeps free text as it was written', () => {
    expect(shownValue('overdueReasonText', '裁員後待業')).toEqual({ kind: 'text', text: '裁員後待業' });
    expect(shownValue('somethingNew', { a: 1 })).toEqual({ kind: 'text', text: '{"a":1}' });
  });
});

describe('the changes an update recorded', () => {
  it('pairs before and after per field, fields set for the first time included', () => {
    expect(
      changesOf({
        debtId: 'd1',
        before: { status: 'open', excludedReason: null },
        after: { status: 'excluded', excludedReason: '已結清', overdueFen: 0 },
      }),
    ).toEqual([
      { field: 'status', before: 'open', after: 'excluded' },
      { field: 'excludedReason', before: null, after: '已結清' },
      { field: 'overdueFen', before: undefined, after: 0 },
    ]);
  });

  it('has no changes when the entry recorded none', () => {
    expect(changesOf({ from: 'intake', to: 'documents' })).toEqual([]);
    expect(changesOf({ before: 'odd', after: null })).toEqual([]);
  });

  it('labels debt fields as debts and the rest as cases', () => {
    expect(changedResource('debt.updated')).toBe('debts');
    expect(changedResource('case.updated')).toBe('cases');
  });
});

describe('the currency of an entry’s amounts', () => {
  it('is the one the API wrote, else the case’s when its debts have one only, else none', () => {
    expect(entryCurrency({ currency: 'TWD', amountFen: 1 }, ['CNY'])).toBe('TWD');
    expect(entryCurrency({ amountFen: 1 }, ['TWD', 'TWD'])).toBe('TWD');
    expect(entryCurrency({ amountFen: 1 }, ['TWD', 'CNY'])).toBeNull();
    expect(entryCurrency({ amountFen: 1 }, [])).toBeNull();
    expect(entryCurrency({ currency: 'JPY' }, [])).toBeNull();
  });

  it('is the old one for what an update had before it changed a debt’s currency', () => {
    const details = {
      before: { currency: 'CNY', outstandingFen: 100 },
      after: { currency: 'TWD', outstandingFen: 100 },
      currency: 'TWD',
    };
    expect(sideCurrency(details, 'before', 'TWD')).toBe('CNY');
    expect(sideCurrency(details, 'after', 'TWD')).toBe('TWD');
    expect(sideCurrency({ before: { overdueFen: 1 } }, 'before', 'TWD')).toBe('TWD');
  });
});

describe('a timeline entry’s kind', () => {
  it('is one of the server’s kinds, or none the dashboard knows', () => {
    expect(eventKind('case.stage_changed')).toBe('case.stage_changed');
    expect(eventKind('case.something_new')).toBeNull();
  });
});
