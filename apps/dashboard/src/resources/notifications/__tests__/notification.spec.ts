import { describe, expect, it } from 'vitest';
import { notificationTarget } from '../notification';

describe('where a notification leads', () => {
  it('opens its case on the tab of the work it asks for', () => {
    expect(notificationTarget({ kind: 'document_overdue', caseId: 'c1' })).toBe('/cases/c1/show/documents');
    expect(notificationTarget({ kind: 'installment_missed', caseId: 'c1' })).toBe('/cases/c1/show/repayment');
    expect(notificationTarget({ kind: 'follow_up', caseId: 'c1' })).toBe('/cases/c1/show/contacts');
  });

  it('opens the case itself for other kinds, and nothing for a notification about no case', () => {
    expect(notificationTarget({ kind: 'stale_case', caseId: 'c 1' })).toBe('/cases/c%201/show');
    expect(notificationTarget({ kind: 'morning_digest', caseId: null })).toBeNull();
  });
});
