import { describe, expect, it } from 'vitest';
import { contactBody } from '../contact';

describe('logging a contact', () => {
  it('sends when it happened and the follow-up as instants with the firm’s offset', () => {
    expect(
      contactBody('c1', {
        party: 'creditor',
        channel: 'hotline',
        debtId: 'd1',
        occurredOn: '2026-11-25',
        occurredTime: '10:30',
        person: ' 客服 王小姐 ',
        summary: ' 詢問停息掛賬。 ',
        outcome: '',
        followUpOn: '2026-12-02',
        followUpTime: '14:00',
      }),
    ).toEqual({
      caseId: 'c1',
      debtId: 'd1',
      party: 'creditor',
      channel: 'hotline',
      occurredAt: '2026-11-25T10:30:00+08:00',
      person: '客服 王小姐',
      summary: '詢問停息掛賬。',
      nextFollowUpAt: '2026-12-02T14:00:00+08:00',
    });
  });

  it('leaves out what was not filled in; a follow-up date alone is due at nine', () => {
    const base = {
      party: 'client' as const,
      channel: 'wechat' as const,
      occurredOn: '2026-11-25',
      occurredTime: '09:05',
      summary: '請客戶補傳失業證明。',
    };
    expect(contactBody('c1', base)).toEqual({
      caseId: 'c1',
      party: 'client',
      channel: 'wechat',
      occurredAt: '2026-11-25T09:05:00+08:00',
      summary: '請客戶補傳失業證明。',
    });
    expect(contactBody('c1', { ...base, followUpOn: '2026-11-27', followUpTime: null }).nextFollowUpAt).toBe(
      '2026-11-27T09:00:00+08:00',
    );
  });
});
