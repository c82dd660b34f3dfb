import { describe, expect, it } from 'vitest';
import {
  checklistProgress,
  isOverdue,
  offeredMoves,
  orderChecklist,
  readUploadRefusal,
  takesFiles,
  uploadLinkStatus,
  type UploadLinkRecord,
} from '../document';

describe('offeredMoves', () => {
  it('lets an officer receive, verify and reject, but never waive', () => {
    expect(offeredMoves('requested', 'officer')).toEqual(['receive']);
    expect(offeredMoves('received', 'officer')).toEqual(['verify', 'reject']);
    expect(offeredMoves('rejected', 'officer')).toEqual(['receive']);
  });

  it('lets managers and admins waive what is still outstanding', () => {
    expect(offeredMoves('requested', 'manager')).toEqual(['receive', 'waive']);
    expect(offeredMoves('received', 'admin')).toEqual(['verify', 'reject', 'waive']);
    expect(offeredMoves('rejected', 'manager')).toEqual(['receive', 'waive']);
  });

  it('offers nothing on a settled item, or to nobody signed in', () => {
    expect(offeredMoves('verified', 'admin')).toEqual([]);
    expect(offeredMoves('waived', 'manager')).toEqual([]);
    expect(offeredMoves('requested', undefined)).toEqual([]);
  });
});

describe('takesFiles', () => {
  it('takes files until the item is verified or waived', () => {
    expect(['requested', 'received', 'rejected'].every((s) => takesFiles(s as never))).toBe(true);
    expect(takesFiles('verified')).toBe(false);
    expect(takesFiles('waived')).toBe(false);
  });
});

describe('isOverdue', () => {
  it('is late only while the client still owes it and the due date has passed', () => {
    expect(isOverdue({ status: 'requested', dueOn: '2026-11-24' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ status: 'rejected', dueOn: '2026-11-24' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ status: 'requested', dueOn: '2026-11-25' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ status: 'received', dueOn: '2026-11-01' }, '2026-11-25')).toBe(false);
  });
});

describe('checklistProgress', () => {
  it('counts required items verified or waived out of the required ones', () => {
    expect(
      checklistProgress([
        { required: true, status: 'verified' },
        { required: true, status: 'waived' },
        { required: true, status: 'received' },
        { required: false, status: 'verified' },
        { required: false, status: 'requested' },
      ]),
    ).toEqual({ settled: 2, required: 3 });
  });
});

describe('orderChecklist', () => {
  it('puts required papers first, each group in the vocabulary’s order', () => {
    const ordered = orderChecklist([
      { kind: 'credit_report', required: false },
      { kind: 'service_agreement', required: true },
      { kind: 'hardship_medical', required: false },
      { kind: 'id_card_front', required: true },
    ] as const);
    expect(ordered.map((i) => i.kind)).toEqual([
      'id_card_front',
      'service_agreement',
      'hardship_medical',
      'credit_report',
    ]);
  });
});

describe('readUploadRefusal', () => {
  it('knows a file too large by its status, whoever answered', () => {
    expect(readUploadRefusal({ status: 413, body: null }, 'x')).toEqual({ kind: 'too_large' });
  });

  it('names the item that already holds the same file', () => {
    const error = {
      status: 409,
      body: { code: 'DUPLICATE_FILE', details: { fileId: 'f', requirementId: 'r9' } },
    };
    expect(readUploadRefusal(error, 'x')).toEqual({ kind: 'duplicate', requirementId: 'r9' });
  });

  it('keeps any other refusal’s translated message, or falls back', () => {
    expect(readUploadRefusal({ status: 415, message: 'PDF only' }, 'x')).toEqual({
      kind: 'other',
      message: 'PDF only',
    });
    expect(readUploadRefusal(undefined, 'failed')).toEqual({ kind: 'other', message: 'failed' });
  });
});

describe('uploadLinkStatus', () => {
  const link: UploadLinkRecord = {
    id: 'l',
    createdBy: 'u',
    createdAt: '2026-11-20T00:00:00Z',
    expiresAt: '2026-11-27T00:00:00Z',
    revokedAt: null,
    lastUsedAt: null,
    uploadCount: 0,
    active: true,
  };

  it('reads revoked before expired, and trusts the API on activity', () => {
    expect(uploadLinkStatus(link)).toBe('active');
    expect(uploadLinkStatus({ ...link, active: false })).toBe('expired');
    expect(uploadLinkStatus({ ...link, active: false, revokedAt: '2026-11-21T00:00:00Z' })).toBe('revoked');
  });
});
