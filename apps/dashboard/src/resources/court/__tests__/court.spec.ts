import { describe, expect, it } from 'vitest';
import { eventsInOrder, reasonValues, workedOut, type CourtEvent } from '../court';

let seq = 0;
const event = (overrides: Partial<CourtEvent>): CourtEvent => ({
  id: `e${++seq}`,
  matterId: 'm1',
  caseId: 'c1',
  kind: 'hearing',
  occursOn: '2026-12-15',
  startsAt: null,
  court: null,
  room: null,
  attendees: [],
  servedOn: null,
  amountFen: null,
  untilOn: null,
  countsFrom: null,
  computedOn: null,
  changeReason: null,
  completedOn: null,
  outcome: null,
  completionNote: null,
  note: null,
  documentIds: [],
  passed: false,
  createdAt: `2026-11-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
  version: 1,
  ...overrides,
});

describe('a risk reason’s figures', () => {
  it('are the days, the amount in the debt’s currency, the notices and the day, for the message to pick', () => {
    expect(reasonValues({ reason: 'OVERDUE_M3_PLUS', figure: 100, on: null }, 'CNY', 'zh-TW')).toMatchObject({
      days: 100,
    });
    expect(
      reasonValues({ reason: 'CARD_PRINCIPAL_NEAR_196', figure: 4_500_000, on: null }, 'CNY', 'zh-TW').amount,
    ).toBe('¥45,000.00');
    expect(reasonValues({ reason: 'AMOUNT_LARGE', figure: 25_000_000, on: null }, 'TWD', 'en').amount).toBe(
      'NT$250,000.00',
    );
    expect(
      reasonValues({ reason: 'MALICIOUS_OVERDRAFT_COUNTING', figure: 2, on: '2027-02-28' }, 'CNY', 'en'),
    ).toMatchObject({ smart_count: 2, date: '02/28/2027' });
  });
});

describe('a matter’s events', () => {
  it('go by day, then time, then the order they were recorded', () => {
    const summons = event({ kind: 'summons_received', occursOn: '2026-12-01' });
    const afternoon = event({ occursOn: '2026-12-15', startsAt: '14:00' });
    const morning = event({ occursOn: '2026-12-15', startsAt: '09:30' });
    const deadline = event({ kind: 'answer_deadline', occursOn: '2026-12-16' });
    expect(eventsInOrder([deadline, afternoon, summons, morning])).toEqual([
      summons,
      morning,
      afternoon,
      deadline,
    ]);
  });
});

describe('a deadline worked out', () => {
  it('says the statutory days and the service it counts from: the summons received, or the decision served', () => {
    const summons = event({ kind: 'summons_received', occursOn: '2026-12-01' });
    const answer = event({ kind: 'answer_deadline', countsFrom: summons.id, computedOn: '2026-12-16' });
    const lawsuit = { kind: 'lawsuit' as const, currency: 'CNY' as const, events: [summons, answer] };
    expect(workedOut(lawsuit, answer)).toEqual({
      on: '2026-12-16',
      days: 15,
      from: '2026-12-01',
      rolled: false,
    });

    const ruling = event({ kind: 'ruling', occursOn: '2026-12-02', servedOn: '2026-12-05' });
    const appeal = event({ kind: 'appeal_deadline', countsFrom: ruling.id, computedOn: '2026-12-15' });
    expect(workedOut({ kind: 'lawsuit', currency: 'TWD', events: [ruling, appeal] }, appeal)).toEqual({
      on: '2026-12-15',
      days: 10,
      from: '2026-12-05',
      rolled: false,
    });
  });

  it('says when the last day was moved past days the court does not sit', () => {
    // 2026-12-05 + 15 days is Sunday 2026-12-20: the court's next working day is Monday.
    const summons = event({ kind: 'summons_received', occursOn: '2026-12-05' });
    const answer = event({ kind: 'answer_deadline', countsFrom: summons.id, computedOn: '2026-12-21' });
    expect(workedOut({ kind: 'lawsuit', currency: 'CNY', events: [summons, answer] }, answer)).toMatchObject({
      rolled: true,
    });
  });

  it('says nothing of a period for a deadline typed from the court’s notice', () => {
    const typed = event({ kind: 'answer_deadline', computedOn: null });
    expect(workedOut({ kind: 'arbitration', currency: 'CNY', events: [typed] }, typed)).toBeNull();
    const summons = event({ kind: 'summons_received', occursOn: '2026-12-01' });
    // No statutory answer period for an arbitration: the tribunal sets it.
    const set = event({ kind: 'answer_deadline', countsFrom: summons.id, computedOn: '2026-12-20' });
    expect(workedOut({ kind: 'arbitration', currency: 'CNY', events: [summons, set] }, set)).toBeNull();
  });
});
