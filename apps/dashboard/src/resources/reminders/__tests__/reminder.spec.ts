import { describe, expect, it } from 'vitest';
import { canOpen } from '../../../common/page-access';
import {
  canRetry,
  goesOutAt,
  kindName,
  payloadReference,
  reminderDetails,
  splitReminders,
  type ReminderRecord,
} from '../reminder';

let seq = 0;
const reminder = (overrides: Partial<ReminderRecord>): ReminderRecord => ({
  id: `r${String(++seq).padStart(3, '0')}`,
  kind: 'follow_up',
  caseId: 'c1',
  subjectType: 'contact',
  subjectId: 's1',
  slot: 'officer',
  recipient: 'officer',
  recipientUserId: null,
  dueAt: '2026-11-25T01:00:00.000Z',
  status: 'scheduled',
  attempts: 0,
  lastError: null,
  payload: {},
  heldUntil: null,
  firedAt: null,
  createdAt: '2026-11-20T01:00:00.000Z',
  updatedAt: '2026-11-20T01:00:00.000Z',
  ...overrides,
});

/** Stands in for polyglot: the key and its values, so the tests read what was asked for. */
const translate = (key: string, options: Record<string, unknown> = {}) => {
  const { _: fallback, ...values } = options;
  if (key.startsWith('accord.document_kinds.')) return `«${key.split('.').pop()}»`;
  if (key.startsWith('accord.reminder_kinds.') && fallback !== undefined && key.endsWith('.later_kind'))
    return String(fallback);
  return `${key} ${JSON.stringify(values)}`;
};

describe('a case’s reminders, as its tab lists them', () => {
  it('puts those still to go out first, soonest first, held ones at the end of quiet hours', () => {
    const later = reminder({ dueAt: '2026-11-28T01:00:00.000Z' });
    const sooner = reminder({ dueAt: '2026-11-26T01:00:00.000Z' });
    // Due before `sooner` but held by quiet hours until after it.
    const held = reminder({
      recipient: 'client',
      dueAt: '2026-11-25T14:00:00.000Z',
      heldUntil: '2026-11-27T00:00:00.000Z',
    });
    const sent = reminder({ status: 'sent', firedAt: '2026-11-24T01:00:00.000Z' });
    const failed = reminder({ status: 'failed', dueAt: '2026-11-23T01:00:00.000Z', firedAt: null });
    const cancelled = reminder({ status: 'cancelled', dueAt: '2026-12-20T01:00:00.000Z' });
    const { upcoming, past } = splitReminders([sent, later, cancelled, held, failed, sooner]);
    expect(upcoming).toEqual([sooner, held, later]);
    // The rest, latest first: a cancelled one by when it would have gone out.
    expect(past).toEqual([cancelled, sent, failed]);
    expect(goesOutAt(held)).toBe('2026-11-27T00:00:00.000Z');
    expect(goesOutAt(later)).toBe(later.dueAt);
  });

  it('lists nothing twice and loses nothing', () => {
    const all = [reminder({}), reminder({ status: 'sent' }), reminder({ status: 'cancelled' })];
    const { upcoming, past } = splitReminders(all);
    expect([...upcoming, ...past].map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect(splitReminders([])).toEqual({ upcoming: [], past: [] });
  });
});

describe('what a reminder is about, in a line', () => {
  it('names the installment, its amount in its plan’s currency and its due date', () => {
    const line = (currency?: string) =>
      reminderDetails(
        reminder({
          kind: 'installment_missed',
          payload: { reference: 'AC-1', number: 3, amountFen: 123456, dueDate: '2026-12-01', currency },
        }),
        translate,
      );
    expect(line('CNY')).toBe(
      'accord.reminders.details.installment {"number":3,"amount":"¥1,234.56","date":"2026-12-01"}',
    );
    expect(line('TWD')).toBe(
      'accord.reminders.details.installment {"number":3,"amount":"NT$1,234.56","date":"2026-12-01"}',
    );
    // A payload that never said its currency: the amount alone, rather than a ¥ that may be wrong.
    expect(line()).toContain('"amount":"1,234.56"');
  });

  it('writes its dates for the interface language when given one', () => {
    const installment = reminder({
      kind: 'installment_due',
      payload: { number: 1, amountFen: 100, dueDate: '2026-12-01', currency: 'CNY' },
    });
    expect(reminderDetails(installment, translate, 'zh-TW')).toBe(
      'accord.reminders.details.installment {"number":1,"amount":"¥1.00","date":"2026/12/01"}',
    );
    expect(reminderDetails(installment, translate, 'en')).toContain('"date":"12/01/2026"');
    expect(
      reminderDetails(
        reminder({ kind: 'morning_digest', payload: { date: '2026-11-25' } }),
        translate,
        'zh-TW',
      ),
    ).toBe('accord.reminders.details.morning_digest {"date":"2026/11/25"}');
  });

  it('names the paper in the interface language', () => {
    const line = reminderDetails(
      reminder({
        kind: 'document_overdue',
        payload: { documentKind: 'power_of_attorney', dueDate: '2026-11-23' },
      }),
      translate,
    );
    expect(line).toBe(
      'accord.reminders.details.document {"document":"«power_of_attorney»","date":"2026-11-23"}',
    );
  });

  it('quotes the last call, with whom when known', () => {
    expect(
      reminderDetails(reminder({ payload: { summary: ' 回電確認 ', person: '李先生' } }), translate),
    ).toBe('accord.reminders.details.follow_up_person {"person":"李先生","summary":"回電確認"}');
    expect(reminderDetails(reminder({ payload: { summary: '回電確認', person: null } }), translate)).toBe(
      'accord.reminders.details.follow_up {"summary":"回電確認"}',
    );
  });

  it('counts a stale case’s days and dates the digest', () => {
    expect(reminderDetails(reminder({ kind: 'stale_case', payload: { days: 15 } }), translate)).toBe(
      'accord.reminders.details.stale_case {"smart_count":15}',
    );
    expect(
      reminderDetails(reminder({ kind: 'morning_digest', payload: { date: '2026-11-25' } }), translate),
    ).toBe('accord.reminders.details.morning_digest {"date":"2026-11-25"}');
  });

  it('names the lender and the filing day of a dispute waiting for its answer', () => {
    expect(
      reminderDetails(
        reminder({ kind: 'credit_dispute_due', payload: { institution: '招商銀行', filedOn: '2026-11-25' } }),
        translate,
      ),
    ).toBe('accord.reminders.details.credit_dispute {"institution":"招商銀行","date":"2026-11-25"}');
    expect(
      reminderDetails(
        reminder({ kind: 'credit_dispute_overdue', payload: { filedOn: '2026-11-25' } }),
        translate,
      ),
    ).toBeNull();
  });

  it('names the sitting with its time and place, and a deadline with its court', () => {
    const payload = {
      reference: 'A-2026-0012',
      eventKind: 'hearing',
      date: '2026-12-15',
      time: '09:30',
      court: '杭州互聯網法院',
      room: '第三法庭',
      caseNumber: '(2026)浙0192民初1號',
    };
    const event = 'accord.court.event_kinds.hearing {}';
    expect(reminderDetails(reminder({ kind: 'hearing_upcoming', payload }), translate)).toBe(
      `accord.reminders.details.court_sitting ${JSON.stringify({
        event,
        date: '2026-12-15',
        place: '杭州互聯網法院 第三法庭',
        time: '09:30',
      })}`,
    );
    expect(
      reminderDetails(
        reminder({
          kind: 'court_deadline_passed',
          payload: { ...payload, eventKind: 'answer_deadline', time: null, room: null },
        }),
        translate,
      ),
    ).toBe(
      `accord.reminders.details.court_deadline ${JSON.stringify({
        event: 'accord.court.event_kinds.answer_deadline {}',
        date: '2026-12-15',
        place: '杭州互聯網法院',
      })}`,
    );
    expect(
      reminderDetails(
        reminder({ kind: 'court_deadline_due', payload: { eventKind: 'answer_deadline' } }),
        translate,
      ),
    ).toBeNull();
  });

  it('says nothing rather than half a line when the payload lacks a fact, or for a kind it does not know', () => {
    expect(
      reminderDetails(reminder({ kind: 'installment_due', payload: { number: 1 } }), translate),
    ).toBeNull();
    expect(
      reminderDetails(reminder({ kind: 'document_due', payload: { dueDate: '2026-1-1' } }), translate),
    ).toBeNull();
    expect(
      reminderDetails(reminder({ kind: 'follow_up', payload: { summary: '  ' } }), translate),
    ).toBeNull();
    expect(
      reminderDetails(reminder({ kind: 'hearing', payload: { date: '2026-12-01' } }), translate),
    ).toBeNull();
    expect(kindName('later_kind', translate)).toBe('later_kind');
  });

  it('reads the case reference from the payload', () => {
    expect(payloadReference(reminder({ payload: { reference: 'AC-2026-000032' } }))).toBe('AC-2026-000032');
    expect(payloadReference(reminder({ payload: {} }))).toBeNull();
  });
});

describe('who may do what', () => {
  it('lets managers and administrators send a failed reminder again, and nothing else', () => {
    expect(canRetry('failed', 'manager')).toBe(true);
    expect(canRetry('failed', 'admin')).toBe(true);
    expect(canRetry('failed', 'officer')).toBe(false);
    expect(canRetry('sent', 'admin')).toBe(false);
    expect(canRetry('scheduled', 'admin')).toBe(false);
    expect(canRetry('failed', undefined)).toBe(false);
  });

  it('opens the reminder pages of everyone to everyone, and the firm’s to administrators', () => {
    for (const role of ['officer', 'manager', 'admin'] as const) {
      expect(canOpen(role, 'my-reminders')).toBe(true);
      expect(canOpen(role, 'notifications')).toBe(true);
      expect(canOpen(role, 'my-settings')).toBe(true);
    }
    for (const page of ['reminder-settings', 'failed-deliveries', 'queue-board'] as const) {
      expect(canOpen('admin', page)).toBe(true);
      expect(canOpen('manager', page)).toBe(false);
      expect(canOpen('officer', page)).toBe(false);
      expect(canOpen(undefined, page)).toBe(false);
    }
  });
});
