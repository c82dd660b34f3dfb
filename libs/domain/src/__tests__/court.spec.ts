import {
  CREDITOR_DEMAND_KINDS,
  CREDITOR_LITIGATION_PRACTICES,
  CREDITOR_PRODUCTS,
  LITIGATION_RISK_LEVELS,
  LITIGATION_RISK_REASONS,
  type LitigationRiskLevel,
} from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COURT_PERIODS,
  EMPTY_COURT_CALENDAR,
  LITIGATION_RISK_RULES,
  caseLitigationRisk,
  courtCalendar,
  courtDeadline,
  courtDeadlineReminders,
  courtPeriod,
  debtLitigationRisk,
  hearingReminders,
  isCourtWorkingDay,
  limitationEndsOn,
  rollToWorkingDay,
  worstLevel,
  type CourtCalendar,
  type DebtRiskFacts,
  type RiskReason,
} from '../court';
import { addDays, daysBetween } from '../dates';
import { wallClock, zonedInstant } from '../zoned-time';

const calendarDate = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2032, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const daysFrom = (first: string, last: string) =>
  Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));

/**
 * A mainland calendar as the firm would keep it for 2026–27: the Spring Festival (2026-02-15..23, with
 * Saturdays 14 and 28 February worked), the National Day week (2026-10-01..07, with Sunday 20 September
 * and Saturday 10 October worked) and New Year's Day 2027.
 */
const CN_2026 = courtCalendar([
  ...daysFrom('2026-02-15', '2026-02-23').map((day) => ({ day, working: false })),
  { day: '2026-02-14', working: true },
  { day: '2026-02-28', working: true },
  ...daysFrom('2026-10-01', '2026-10-07').map((day) => ({ day, working: false })),
  { day: '2026-09-20', working: true },
  { day: '2026-10-10', working: true },
  { day: '2027-01-01', working: false },
]);

/** Taiwan: Double Tenth 2026 falls on a Saturday and is observed on Friday 9 October; no Saturday is worked. */
const TW_2026 = courtCalendar([{ day: '2026-10-09', working: false }]);

/** Written independently of the rule: a day is off if marked so, or a weekend day not marked working. */
const offDay = (date: string, holidays: Set<string>, working: Set<string>) => {
  if (holidays.has(date)) return true;
  if (working.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

const period = (
  deadline: 'answer_deadline' | 'appeal_deadline',
  market: 'CN' | 'TW',
  from: 'summons' | 'judgment' | 'ruling',
  kind: 'lawsuit' | 'payment_order' = 'lawsuit',
) => courtPeriod(deadline, market, from, kind);

describe('the court calendar', () => {
  it('works Monday to Friday and rests on Saturday and Sunday when nothing is marked', () => {
    // 2026-06-15 is a Monday.
    expect(
      daysFrom('2026-06-15', '2026-06-21').map((d) => isCourtWorkingDay(d, EMPTY_COURT_CALENDAR)),
    ).toEqual([true, true, true, true, true, false, false]);
  });

  it('rests on a marked holiday whatever the weekday, and works on a marked make-up weekend day', () => {
    expect(isCourtWorkingDay('2026-10-01', CN_2026)).toBe(false); // Thursday, National Day
    expect(isCourtWorkingDay('2026-10-10', CN_2026)).toBe(true); // Saturday, worked
    expect(isCourtWorkingDay('2026-09-20', CN_2026)).toBe(true); // Sunday, worked
    expect(isCourtWorkingDay('2026-10-10', TW_2026)).toBe(false); // the same Saturday, not worked in Taiwan
  });

  it('lets a holiday win over a working mark for the same day', () => {
    const both: CourtCalendar = { holidays: new Set(['2026-06-17']), workingDays: new Set(['2026-06-17']) };
    expect(isCourtWorkingDay('2026-06-17', both)).toBe(false);
  });

  it('leaves a working day where it is and moves a day off to the next working day', () => {
    expect(rollToWorkingDay('2026-06-15', EMPTY_COURT_CALENDAR)).toBe('2026-06-15');
    expect(rollToWorkingDay('2026-06-20', EMPTY_COURT_CALENDAR)).toBe('2026-06-22');
    expect(rollToWorkingDay('2026-10-01', CN_2026)).toBe('2026-10-08');
  });

  it('answers the date unchanged for a calendar with every day off, instead of looping', () => {
    const allOff: CourtCalendar = {
      holidays: new Set(daysFrom('2025-06-01', '2028-06-30')),
      workingDays: new Set(),
    };
    expect(rollToWorkingDay('2026-06-15', allOff)).toBe('2026-06-15');
    expect(rollToWorkingDay('2026-06-20', allOff)).toBe('2026-06-20');
    const neverWorks: CourtCalendar = {
      holidays: { has: () => true } as unknown as ReadonlySet<string>,
      workingDays: new Set(),
    };
    expect(rollToWorkingDay('2026-12-31', neverWorks)).toBe('2026-12-31');
  });
});

describe('statutory periods, as data', () => {
  it('holds the mainland periods: 15 days to answer a suit or object to a payment order, 15 to appeal a judgment, 10 a ruling', () => {
    expect(period('answer_deadline', 'CN', 'summons')?.days).toBe(15);
    expect(period('answer_deadline', 'CN', 'summons', 'payment_order')?.days).toBe(15);
    expect(period('appeal_deadline', 'CN', 'judgment')?.days).toBe(15);
    expect(period('appeal_deadline', 'CN', 'ruling')?.days).toBe(10);
  });

  it('holds the Taiwan periods: 20 days to object to a payment order, 20 to appeal a judgment, 10 a ruling', () => {
    expect(period('answer_deadline', 'TW', 'summons', 'payment_order')?.days).toBe(20);
    expect(period('appeal_deadline', 'TW', 'judgment')?.days).toBe(20);
    expect(period('appeal_deadline', 'TW', 'ruling')?.days).toBe(10);
  });

  it('has no period where the court sets its own date, and then works out no deadline', () => {
    // Taiwan gives no statutory answer period to a suit; arbitration answers follow the arbitration rules.
    expect(period('answer_deadline', 'TW', 'summons')).toBeNull();
    expect(courtPeriod('answer_deadline', 'CN', 'summons', 'arbitration')).toBeNull();
    expect(courtPeriod('appeal_deadline', 'CN', 'summons', 'lawsuit')).toBeNull();
    expect(courtDeadline(null, '2026-06-15', CN_2026)).toBeNull();
  });

  it('names the law of every row, and lists no period twice', () => {
    for (const p of COURT_PERIODS) {
      expect(p.law.trim()).not.toBe('');
      expect(p.days).toBeGreaterThan(0);
    }
    const keys = COURT_PERIODS.flatMap((p) =>
      (p.matterKinds ?? ['*']).map((k) => `${p.deadline}/${p.market}/${p.from}/${k}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('deadline arithmetic', () => {
  const rows: [
    story: string,
    p: ReturnType<typeof period>,
    servedOn: string,
    calendar: CourtCalendar,
    expected: string,
  ][] = [
    [
      'CN judgment appeal: 15 days, the day of service not counted',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-03-02',
      EMPTY_COURT_CALENDAR,
      '2026-03-17',
    ],
    [
      'CN payment order objection: 15 days',
      period('answer_deadline', 'CN', 'summons', 'payment_order'),
      '2026-03-02',
      EMPTY_COURT_CALENDAR,
      '2026-03-17',
    ],
    [
      'TW payment order objection: 20 days ending on a Sunday, moved to Monday',
      period('answer_deadline', 'TW', 'summons', 'payment_order'),
      '2026-03-02',
      EMPTY_COURT_CALENDAR,
      '2026-03-23',
    ],
    [
      'CN judgment across 31 January, a Saturday, to Monday 2 February',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-01-16',
      EMPTY_COURT_CALENDAR,
      '2026-02-02',
    ],
    [
      'CN ruling: 10 days to Saturday 31 January, moved to Monday',
      period('appeal_deadline', 'CN', 'ruling'),
      '2026-01-21',
      EMPTY_COURT_CALENDAR,
      '2026-02-02',
    ],
    [
      'served on 31 January: 15 days land on Sunday 15 February, moved to Monday',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-01-31',
      EMPTY_COURT_CALENDAR,
      '2026-02-16',
    ],
    [
      'served on 31 January 2028 (a leap year): 15 days, 15 February',
      period('appeal_deadline', 'CN', 'judgment'),
      '2028-01-31',
      EMPTY_COURT_CALENDAR,
      '2028-02-15',
    ],
    [
      'a leap day is a day: 15 days from 14 February 2028 end on Tuesday 29 February',
      period('appeal_deadline', 'CN', 'judgment'),
      '2028-02-14',
      EMPTY_COURT_CALENDAR,
      '2028-02-29',
    ],
    [
      'TW judgment: 20 days from 9 February 2028 end on 29 February',
      period('appeal_deadline', 'TW', 'judgment'),
      '2028-02-09',
      EMPTY_COURT_CALENDAR,
      '2028-02-29',
    ],
    [
      '10 days from 20 February 2028 cross the leap day to 1 March',
      period('appeal_deadline', 'CN', 'ruling'),
      '2028-02-20',
      EMPTY_COURT_CALENDAR,
      '2028-03-01',
    ],
    [
      '10 days from 20 February 2027 (no leap day) end on 2 March',
      period('appeal_deadline', 'TW', 'ruling'),
      '2027-02-20',
      EMPTY_COURT_CALENDAR,
      '2027-03-02',
    ],
    [
      '15 days from 13 February 2027 end on Sunday 28 February, moved to Monday 1 March',
      period('answer_deadline', 'CN', 'summons'),
      '2027-02-13',
      EMPTY_COURT_CALENDAR,
      '2027-03-01',
    ],
    [
      '15 days from 22 December run into the next year',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-12-22',
      EMPTY_COURT_CALENDAR,
      '2027-01-06',
    ],
    [
      '10 days from 31 December end on Sunday 10 January, moved to Monday',
      period('appeal_deadline', 'CN', 'ruling'),
      '2026-12-31',
      EMPTY_COURT_CALENDAR,
      '2027-01-11',
    ],
    [
      'TW: 20 days from 31 December end on Wednesday 20 January',
      period('appeal_deadline', 'TW', 'judgment'),
      '2026-12-31',
      EMPTY_COURT_CALENDAR,
      '2027-01-20',
    ],
    [
      "a firm-marked New Year's Day moves the last day past the weekend after it",
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-12-17',
      CN_2026,
      '2027-01-04',
    ],
    [
      'the same period without the mark ends on New Year’s Day',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-12-17',
      EMPTY_COURT_CALENDAR,
      '2027-01-01',
    ],
    [
      'a last day on the first National Day holiday moves past the whole week',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-09-16',
      CN_2026,
      '2026-10-08',
    ],
    [
      'a last day inside the National Day week moves to the day after it',
      period('appeal_deadline', 'CN', 'ruling'),
      '2026-09-25',
      CN_2026,
      '2026-10-08',
    ],
    [
      'a last day on the worked Saturday 10 October stays',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-09-25',
      CN_2026,
      '2026-10-10',
    ],
    [
      'the same Saturday without the working mark moves to Monday',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-09-25',
      EMPTY_COURT_CALENDAR,
      '2026-10-12',
    ],
    [
      'a last day on the worked Sunday 20 September stays',
      period('answer_deadline', 'CN', 'summons'),
      '2026-09-05',
      CN_2026,
      '2026-09-20',
    ],
    [
      'a last day in the Spring Festival moves past it to Tuesday 24 February',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-01-31',
      CN_2026,
      '2026-02-24',
    ],
    [
      'a last day on the worked Saturday 14 February stays',
      period('appeal_deadline', 'CN', 'judgment'),
      '2026-01-30',
      CN_2026,
      '2026-02-14',
    ],
    [
      'TW ruling: a last day on the observed Double Tenth moves past the weekend to Monday',
      period('appeal_deadline', 'TW', 'ruling'),
      '2026-09-29',
      TW_2026,
      '2026-10-12',
    ],
  ];

  it.each(rows)('%s', (_story, p, servedOn, calendar, expected) => {
    expect(p).not.toBeNull();
    expect(courtDeadline(p, servedOn, calendar)).toBe(expected);
  });

  const calendarAround = fc
    .tuple(
      calendarDate,
      fc.constantFrom(...COURT_PERIODS),
      fc.uniqueArray(fc.integer({ min: -3, max: 45 }), { maxLength: 25 }),
      fc.uniqueArray(fc.integer({ min: -3, max: 45 }), { maxLength: 6 }),
    )
    .map(([servedOn, p, holidayOffsets, workingOffsets]) => {
      const end = addDays(servedOn, p.days);
      const holidays = new Set(holidayOffsets.map((o) => addDays(end, o)));
      const working = new Set(workingOffsets.map((o) => addDays(end, o)));
      return { servedOn, p, holidays, working };
    });

  it('never ends before the day of service plus the period, always on a working day, and on the first such day', () => {
    fc.assert(
      fc.property(calendarAround, ({ servedOn, p, holidays, working }) => {
        const calendar: CourtCalendar = { holidays, workingDays: working };
        const deadline = courtDeadline(p, servedOn, calendar);
        if (deadline === null) throw new Error('a period gives a deadline');
        const plain = addDays(servedOn, p.days);
        expect(deadline >= plain).toBe(true);
        expect(offDay(deadline, holidays, working)).toBe(false);
        for (let d = plain; d < deadline; d = addDays(d, 1)) expect(offDay(d, holidays, working)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rolls any day to the first working day on or after it', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }),
        (date, offsets) => {
          const holidays = new Set(offsets.map((o) => addDays(date, o)));
          const rolled = rollToWorkingDay(date, { holidays, workingDays: new Set() });
          expect(rolled >= date).toBe(true);
          expect(offDay(rolled, holidays, new Set())).toBe(false);
          for (let d = date; d < rolled; d = addDays(d, 1)) expect(offDay(d, holidays, new Set())).toBe(true);
        },
      ),
    );
  });
});

describe('hearing and deadline reminders', () => {
  const clock = { timeZone: 'Asia/Taipei', staffTime: '09:00', clientTime: '10:00' };
  const plan = (list: { slot: string; recipient: string; kind: string; dueAt: Date }[]) =>
    list.map((r) => [r.slot, r.recipient, r.kind, r.dueAt.toISOString()]);

  it('tells the officer and manager 7 days and 1 day before and on the morning, the client 3 days and 1 day before (Taipei is UTC+8)', () => {
    expect(plan(hearingReminders('2026-12-10', '14:00', clock))).toEqual([
      ['officer-7d', 'officer', 'hearing_upcoming', '2026-12-03T01:00:00.000Z'],
      ['manager-7d', 'manager', 'hearing_upcoming', '2026-12-03T01:00:00.000Z'],
      ['client-3d', 'client', 'hearing_client', '2026-12-07T02:00:00.000Z'],
      ['officer-1d', 'officer', 'hearing_upcoming', '2026-12-09T01:00:00.000Z'],
      ['manager-1d', 'manager', 'hearing_upcoming', '2026-12-09T01:00:00.000Z'],
      ['client-1d', 'client', 'hearing_client', '2026-12-09T02:00:00.000Z'],
      ['officer-0d', 'officer', 'hearing_upcoming', '2026-12-10T01:00:00.000Z'],
      ['manager-0d', 'manager', 'hearing_upcoming', '2026-12-10T01:00:00.000Z'],
    ]);
  });

  it('wakes the staff an hour before a sitting that starts before the staff hour (08:30 → 07:30)', () => {
    const reminders = hearingReminders('2026-12-10', '08:30', clock);
    const morning = reminders.filter((r) => r.slot.endsWith('-0d'));
    expect(morning.map((r) => r.dueAt.toISOString())).toEqual([
      '2026-12-09T23:30:00.000Z',
      '2026-12-09T23:30:00.000Z',
    ]);
    expect(wallClock(morning[0].dueAt, clock.timeZone)).toEqual({ date: '2026-12-10', minutes: 7 * 60 + 30 });
  });

  it('keeps at least an hour before a sitting that starts within the hour after the staff hour (09:30 → 08:30)', () => {
    const morning = hearingReminders('2026-12-10', '09:30', clock).find((r) => r.slot === 'officer-0d');
    expect(morning?.dueAt.toISOString()).toBe('2026-12-10T00:30:00.000Z');
  });

  it('plans a hearing across a month end and a year end on the right days', () => {
    const dates = (date: string) =>
      hearingReminders(date, '14:00', clock).map((r) => [r.slot, wallClock(r.dueAt, clock.timeZone).date]);
    expect(dates('2027-01-02')).toEqual([
      ['officer-7d', '2026-12-26'],
      ['manager-7d', '2026-12-26'],
      ['client-3d', '2026-12-30'],
      ['officer-1d', '2027-01-01'],
      ['manager-1d', '2027-01-01'],
      ['client-1d', '2027-01-01'],
      ['officer-0d', '2027-01-02'],
      ['manager-0d', '2027-01-02'],
    ]);
  });

  const dateArb = fc
    .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const timeArb = fc
    .tuple(fc.integer({ min: 6, max: 20 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('plans eight reminders in time order with unique slots, the morning one at least an hour before the sitting', () => {
    fc.assert(
      fc.property(dateArb, timeArb, (date, time) => {
        const reminders = hearingReminders(date, time, clock);
        expect(reminders).toHaveLength(8);
        expect(new Set(reminders.map((r) => r.slot)).size).toBe(8);
        for (let i = 1; i < reminders.length; i++)
          expect(reminders[i].dueAt.getTime()).toBeGreaterThanOrEqual(reminders[i - 1].dueAt.getTime());
        const sitting = zonedInstant(date, time, clock.timeZone).getTime();
        const staffMorning = zonedInstant(date, clock.staffTime, clock.timeZone).getTime();
        for (const r of reminders) {
          expect(r.dueAt.getTime()).toBeLessThanOrEqual(sitting - 3600_000);
          if (r.slot.endsWith('-0d'))
            expect(r.dueAt.getTime()).toBe(Math.min(staffMorning, sitting - 3600_000));
          if (r.recipient === 'client') expect(wallClock(r.dueAt, clock.timeZone).minutes).toBe(10 * 60);
        }
      }),
    );
  });

  it('tells the officer 5 days and 2 days before and on a deadline, and the manager the morning after', () => {
    expect(plan(courtDeadlineReminders('2026-10-08', clock))).toEqual([
      ['officer-5d', 'officer', 'court_deadline_due', '2026-10-03T01:00:00.000Z'],
      ['officer-2d', 'officer', 'court_deadline_due', '2026-10-06T01:00:00.000Z'],
      ['officer-0d', 'officer', 'court_deadline_due', '2026-10-08T01:00:00.000Z'],
      ['manager+1d', 'manager', 'court_deadline_passed', '2026-10-09T01:00:00.000Z'],
    ]);
  });

  it('counts deadline reminders back across a month end in a leap year', () => {
    const dates = courtDeadlineReminders('2028-03-02', clock).map((r) => wallClock(r.dueAt, clock.timeZone));
    expect(dates).toEqual([
      { date: '2028-02-26', minutes: 540 },
      { date: '2028-02-29', minutes: 540 },
      { date: '2028-03-02', minutes: 540 },
      { date: '2028-03-03', minutes: 540 },
    ]);
  });

  it('plans deadline reminders in time order with unique slots for any day', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const reminders = courtDeadlineReminders(date, clock);
        expect(new Set(reminders.map((r) => r.slot)).size).toBe(reminders.length);
        for (let i = 1; i < reminders.length; i++)
          expect(reminders[i].dueAt.getTime()).toBeGreaterThan(reminders[i - 1].dueAt.getTime());
      }),
    );
  });
});

describe('litigation risk', () => {
  const TODAY = '2026-06-15';
  /** Nothing that carries risk: a small loan, not overdue, a creditor not known to sue. */
  const quiet: DebtRiskFacts = {
    product: 'consumer_loan',
    currency: 'CNY',
    principalFen: 100_000,
    outstandingFen: 100_000,
    overdueSince: null,
    creditorPractice: 'unknown',
    demands: [],
    courtMatterOpen: false,
  };
  const card = (principalFen: number, more: Partial<DebtRiskFacts> = {}): Partial<DebtRiskFacts> => ({
    product: 'credit_card',
    principalFen,
    outstandingFen: principalFen,
    ...more,
  });
  const notices = (...on: string[]) => on.map((d) => ({ kind: 'collection_notice' as const, on: d }));
  const large = (fen: number): RiskReason => ({ reason: 'AMOUNT_LARGE', level: 'medium', figure: fen });

  const rows: [
    rule: string,
    facts: Partial<DebtRiskFacts>,
    level: LitigationRiskLevel,
    reasons: RiskReason[],
    today?: string,
  ][] = [
    ['nothing overdue, small, unknown creditor: no risk and no reason', {}, 'none', []],
    ['overdue since today: not yet overdue, no bucket', { overdueSince: TODAY }, 'none', []],
    [
      '1 day overdue: M1, low',
      { overdueSince: '2026-06-14' },
      'low',
      [{ reason: 'OVERDUE_M1', level: 'low', figure: 1 }],
    ],
    [
      '30 days overdue: still M1',
      { overdueSince: '2026-05-16' },
      'low',
      [{ reason: 'OVERDUE_M1', level: 'low', figure: 30 }],
    ],
    [
      '31 days overdue: M2, low',
      { overdueSince: '2026-05-15' },
      'low',
      [{ reason: 'OVERDUE_M2', level: 'low', figure: 31 }],
    ],
    [
      '60 days overdue: still M2',
      { overdueSince: '2026-04-16' },
      'low',
      [{ reason: 'OVERDUE_M2', level: 'low', figure: 60 }],
    ],
    [
      '61 days overdue: M3, medium',
      { overdueSince: '2026-04-15' },
      'medium',
      [{ reason: 'OVERDUE_M3', level: 'medium', figure: 61 }],
    ],
    [
      '90 days overdue: still M3',
      { overdueSince: '2026-03-17' },
      'medium',
      [{ reason: 'OVERDUE_M3', level: 'medium', figure: 90 }],
    ],
    [
      '91 days overdue: M3+, high',
      { overdueSince: '2026-03-16' },
      'high',
      [{ reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 91 }],
    ],
    ['¥50,000.00 owed exactly is large', { outstandingFen: 5_000_000 }, 'medium', [large(5_000_000)]],
    ['one fen under ¥50,000.00 is not large', { outstandingFen: 4_999_999 }, 'none', []],
    [
      'NT$200,000.00 owed exactly is large in Taiwan',
      { currency: 'TWD', outstandingFen: 20_000_000 },
      'medium',
      [large(20_000_000)],
    ],
    [
      'one cent under NT$200,000.00 is not large',
      { currency: 'TWD', outstandingFen: 19_999_999 },
      'none',
      [],
    ],
    ['the mainland line means nothing in NT$', { currency: 'TWD', outstandingFen: 5_000_000 }, 'none', []],
    [
      'a creditor that often sues: high',
      { creditorPractice: 'often' },
      'high',
      [{ reason: 'CREDITOR_SUES_OFTEN', level: 'high' }],
    ],
    [
      'a creditor that sometimes sues: medium',
      { creditorPractice: 'sometimes' },
      'medium',
      [{ reason: 'CREDITOR_SUES_SOMETIMES', level: 'medium' }],
    ],
    ['a creditor that rarely sues adds nothing', { creditorPractice: 'rarely' }, 'none', []],
    ['a creditor whose practice is unknown adds nothing', { creditorPractice: 'unknown' }, 'none', []],
    ['a card principal one fen under ¥40,000 is not near the Art. 196 line', card(3_999_999), 'none', []],
    [
      'a card principal of ¥40,000 is near the line',
      card(4_000_000),
      'medium',
      [{ reason: 'CARD_PRINCIPAL_NEAR_196', level: 'medium', figure: 4_000_000 }],
    ],
    [
      'a card principal one fen under ¥50,000 is still near',
      card(4_999_999),
      'medium',
      [{ reason: 'CARD_PRINCIPAL_NEAR_196', level: 'medium', figure: 4_999_999 }],
    ],
    [
      'a card principal at the line with no notice: at the line, 0 notices',
      card(5_000_000),
      'medium',
      [large(5_000_000), { reason: 'CARD_PRINCIPAL_AT_196', level: 'medium', figure: 0 }],
    ],
    [
      'at the line with one notice: at the line, 1 notice',
      card(5_000_000, { demands: notices('2026-05-01') }),
      'medium',
      [large(5_000_000), { reason: 'CARD_PRINCIPAL_AT_196', level: 'medium', figure: 1 }],
    ],
    [
      'other demands and acknowledgements are not collection notices for Art. 196',
      card(5_000_000, {
        demands: [
          ...notices('2026-05-01'),
          { kind: 'other_demand', on: '2026-05-10' },
          { kind: 'acknowledgement', on: '2026-05-20' },
        ],
      }),
      'medium',
      [large(5_000_000), { reason: 'CARD_PRINCIPAL_AT_196', level: 'medium', figure: 1 }],
    ],
    [
      'two notices: the three months count from the second, high',
      card(5_000_000, { demands: notices('2026-03-01', '2026-04-10') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: '2026-07-10', figure: 2 },
      ],
    ],
    [
      'notices recorded out of order count from the later one',
      card(5_000_000, { demands: notices('2026-04-10', '2026-03-01') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: '2026-07-10', figure: 2 },
      ],
    ],
    [
      'the day before three months are up it is still counting',
      card(5_000_000, { demands: notices('2026-02-01', '2026-03-16') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: '2026-06-16', figure: 2 },
      ],
    ],
    [
      'on the day three months after the second notice the line is crossed',
      card(5_000_000, { demands: notices('2026-02-01', '2026-03-15') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_LINE_CROSSED', level: 'high', on: '2026-06-15', figure: 2 },
      ],
    ],
    [
      'with three notices the second one in time starts the count',
      card(5_000_000, { demands: notices('2026-01-05', '2026-05-20', '2026-02-10') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_LINE_CROSSED', level: 'high', on: '2026-05-10', figure: 3 },
      ],
    ],
    [
      'a second notice on 30 November is counted to 28 February (month end clamped)',
      card(5_000_000, { demands: notices('2026-10-15', '2026-11-30') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: '2027-02-28', figure: 2 },
      ],
      '2026-12-01',
    ],
    [
      'a second notice on 30 November 2027 is counted to 29 February 2028',
      card(5_000_000, { demands: notices('2027-10-15', '2027-11-30') }),
      'high',
      [
        large(5_000_000),
        { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: '2028-02-29', figure: 2 },
      ],
      '2027-12-01',
    ],
    [
      'the unpaid principal is no more than what is owed: ¥60,000 principal with ¥45,000 owed is near',
      card(6_000_000, { outstandingFen: 4_500_000, demands: notices('2026-01-01', '2026-02-01') }),
      'medium',
      [{ reason: 'CARD_PRINCIPAL_NEAR_196', level: 'medium', figure: 4_500_000 }],
    ],
    [
      'the unpaid principal is no more than the principal: interest and fees do not count',
      card(3_000_000, { outstandingFen: 5_000_000, demands: notices('2026-01-01', '2026-02-01') }),
      'medium',
      [large(5_000_000)],
    ],
    [
      'Art. 196 is about cards: a loan at the line with two notices is only large',
      { principalFen: 5_000_000, outstandingFen: 5_000_000, demands: notices('2026-01-01', '2026-02-01') },
      'medium',
      [large(5_000_000)],
    ],
    [
      'Art. 196 is about cards: Huabei is not a card',
      {
        product: 'huabei',
        principalFen: 5_000_000,
        outstandingFen: 4_999_999,
        demands: notices('2026-01-01', '2026-02-01'),
      },
      'none',
      [],
    ],
    [
      'Art. 196 is mainland law: a Taiwan card is not counted',
      card(30_000_000, {
        currency: 'TWD',
        outstandingFen: 19_000_000,
        demands: notices('2026-01-01', '2026-02-01'),
      }),
      'none',
      [],
    ],
    [
      'the limitation period ending in exactly 90 days is said, medium',
      { overdueSince: '2023-09-13' },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1006 },
        { reason: 'LIMITATION_ENDING', level: 'medium', on: '2026-09-13' },
      ],
    ],
    [
      'the limitation period ending in 91 days is not yet said',
      { overdueSince: '2023-09-14' },
      'high',
      [{ reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1005 }],
    ],
    [
      'on its last day the limitation period is still ending',
      { overdueSince: '2023-06-15' },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1096 },
        { reason: 'LIMITATION_ENDING', level: 'medium', on: '2026-06-15' },
      ],
    ],
    [
      'the day after, it may have run: said with level none, the level left as the other reasons give it',
      { overdueSince: '2023-06-14' },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1097 },
        { reason: 'LIMITATION_MAY_HAVE_RUN', level: 'none', on: '2026-06-14' },
      ],
    ],
    [
      'a collection notice restarts the three years from its day',
      { overdueSince: '2020-01-10', demands: notices('2023-07-01') },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 2348 },
        { reason: 'LIMITATION_ENDING', level: 'medium', on: '2026-07-01' },
      ],
    ],
    [
      "the client's acknowledgement restarts it too: the latest interruption counts",
      {
        overdueSince: '2020-01-10',
        demands: [...notices('2023-07-01'), { kind: 'acknowledgement', on: '2024-01-01' }],
      },
      'high',
      [{ reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 2348 }],
    ],
    [
      'a period started on a leap day ends on 28 February three years on',
      { overdueSince: '2024-02-29' },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1095 },
        { reason: 'LIMITATION_ENDING', level: 'medium', on: '2027-02-28' },
      ],
      '2027-02-28',
    ],
    [
      'and may have run on 1 March',
      { overdueSince: '2024-02-29' },
      'high',
      [
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 1096 },
        { reason: 'LIMITATION_MAY_HAVE_RUN', level: 'none', on: '2027-02-28' },
      ],
      '2027-03-01',
    ],
    [
      'an open court matter: sued',
      { courtMatterOpen: true },
      'sued',
      [{ reason: 'COURT_MATTER_OPEN', level: 'sued' }],
    ],
    [
      'an open court matter is sued whatever else holds, every reason still listed',
      card(5_000_000, {
        courtMatterOpen: true,
        creditorPractice: 'often',
        overdueSince: '2026-01-01',
        demands: notices('2026-01-30', '2026-03-01'),
      }),
      'sued',
      [
        { reason: 'COURT_MATTER_OPEN', level: 'sued' },
        { reason: 'OVERDUE_M3_PLUS', level: 'high', figure: 165 },
        large(5_000_000),
        { reason: 'CREDITOR_SUES_OFTEN', level: 'high' },
        { reason: 'MALICIOUS_OVERDRAFT_LINE_CROSSED', level: 'high', on: '2026-06-01', figure: 2 },
      ],
    ],
    [
      'two notices count for Art. 196 only 30 days apart (法釋〔2018〕19號): 29 days apart is one notice',
      card(5_000_000, { demands: notices('2026-01-31', '2026-03-01') }),
      'medium',
      [large(5_000_000), { reason: 'CARD_PRINCIPAL_AT_196', level: 'medium', figure: 1 }],
    ],
  ];

  it.each(rows)('%s', (_rule, more, level, reasons, today = TODAY) => {
    expect(debtLitigationRisk({ ...quiet, ...more }, today)).toEqual({ level, reasons });
  });

  it('works out the end of the limitation period as three years from the default or the latest interruption', () => {
    expect(limitationEndsOn({ overdueSince: '2024-02-29', demands: [] })).toBe('2027-02-28');
    expect(limitationEndsOn({ overdueSince: '2023-12-31', demands: [] })).toBe('2026-12-31');
    expect(
      limitationEndsOn({
        overdueSince: '2022-05-10',
        demands: [
          { kind: 'acknowledgement', on: '2024-08-31' },
          { kind: 'other_demand', on: '2023-01-15' },
        ],
      }),
    ).toBe('2027-08-31');
    expect(limitationEndsOn({ overdueSince: null, demands: [] })).toBeNull();
    expect(limitationEndsOn({ overdueSince: null, demands: notices('2025-03-03') })).toBe('2028-03-03');
  });

  it('takes the worst level of a list, none for an empty one; a case takes its worst debt', () => {
    expect(worstLevel([])).toBe('none');
    expect(worstLevel(['low', 'high', 'medium'])).toBe('high');
    expect(worstLevel(['none', 'sued', 'high'])).toBe('sued');
    expect(caseLitigationRisk([])).toBe('none');
    expect(
      caseLitigationRisk([
        debtLitigationRisk({ ...quiet, overdueSince: '2026-06-01' }, TODAY),
        debtLitigationRisk({ ...quiet, creditorPractice: 'sometimes' }, TODAY),
        debtLitigationRisk(quiet, TODAY),
      ]),
    ).toBe('medium');
    expect(caseLitigationRisk([{ level: 'low' }, { level: 'sued' }])).toBe('sued');
  });

  it('keeps its levels and reasons within the words the contracts declare', () => {
    const levels = [
      ...Object.values(LITIGATION_RISK_RULES.buckets),
      ...Object.values(LITIGATION_RISK_RULES.creditorPractice),
      LITIGATION_RISK_RULES.largeAmountLevel,
    ];
    for (const l of levels) expect(LITIGATION_RISK_LEVELS).toContain(l);
    expect(LITIGATION_RISK_RULES.art196.nearFen).toBeLessThan(LITIGATION_RISK_RULES.art196.lineFen);
  });

  const demandArb = fc.record({ kind: fc.constantFrom(...CREDITOR_DEMAND_KINDS), on: calendarDate });
  const factsArb: fc.Arbitrary<DebtRiskFacts> = fc.record({
    product: fc.constantFrom(...CREDITOR_PRODUCTS),
    currency: fc.constantFrom('CNY' as const, 'TWD' as const),
    principalFen: fc.oneof(
      fc.integer({ min: 0, max: 30_000_000 }),
      fc.constantFrom(3_999_999, 4_000_000, 4_999_999, 5_000_000),
    ),
    outstandingFen: fc.oneof(
      fc.integer({ min: 0, max: 30_000_000 }),
      fc.constantFrom(4_999_999, 5_000_000, 19_999_999, 20_000_000),
    ),
    overdueSince: fc.option(calendarDate, { nil: null }),
    creditorPractice: fc.constantFrom(...CREDITOR_LITIGATION_PRACTICES),
    demands: fc.array(demandArb, { maxLength: 4 }),
    courtMatterOpen: fc.boolean(),
  });
  const rank = (l: LitigationRiskLevel) => LITIGATION_RISK_LEVELS.indexOf(l);

  it("sets the level to the worst reason's level, and every reason is a declared one (property)", () => {
    fc.assert(
      fc.property(factsArb, calendarDate, (facts, today) => {
        const risk = debtLitigationRisk(facts, today);
        const worst = risk.reasons.reduce((w, r) => Math.max(w, rank(r.level)), 0);
        expect(rank(risk.level)).toBe(worst);
        for (const r of risk.reasons) expect(LITIGATION_RISK_REASONS).toContain(r.reason);
        expect(new Set(risk.reasons.map((r) => r.reason)).size).toBe(risk.reasons.length);
      }),
      { numRuns: 500 },
    );
  });

  it('is sued exactly when a court matter is open (property)', () => {
    fc.assert(
      fc.property(factsArb, calendarDate, (facts, today) => {
        expect(debtLitigationRisk({ ...facts, courtMatterOpen: true }, today).level).toBe('sued');
        expect(debtLitigationRisk({ ...facts, courtMatterOpen: false }, today).level).not.toBe('sued');
      }),
    );
  });

  it('never ends the limitation period earlier for one more demand, nor sooner than three years after it (property)', () => {
    fc.assert(
      fc.property(factsArb, demandArb, calendarDate, (facts, demand, today) => {
        const before = limitationEndsOn(facts);
        const after = limitationEndsOn({ ...facts, demands: [...facts.demands, demand] });
        if (after === null) throw new Error('a demand gives the period an end');
        // Nor says of a period already running that it may have run where it had not without the demand.
        const ran = (d: DebtRiskFacts) =>
          debtLitigationRisk(d, today).reasons.some((r) => r.reason === 'LIMITATION_MAY_HAVE_RUN');
        if (before !== null && !ran(facts))
          expect(ran({ ...facts, demands: [...facts.demands, demand] })).toBe(false);
        if (before !== null) expect(after >= before).toBe(true);
        expect(after >= addDays(demand.on, 3 * 365)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
