import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates';
import {
  disputeAnswerDue,
  disputeReminderDates,
  mainlandShownUntil,
  relief2025,
  shownUntilByRule,
  type ReliefFacts,
} from '../credit-record';

const eligible: ReliefFacts = {
  market: 'CN',
  overdueFen: 1_000_000,
  defaultStartedOn: '2020-01-01',
  repaidOn: '2026-03-31',
};

const calendarDate = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2032, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('until when a true record is shown (mainland)', () => {
  it('is five years from the day the default ended, a 29 February ending on 28 February', () => {
    expect(mainlandShownUntil({ defaultStartedOn: '2023-05-02', repaidOn: '2024-01-31' })).toEqual({
      kind: 'date',
      until: '2029-01-31',
    });
    expect(mainlandShownUntil({ defaultStartedOn: '2023-05-02', repaidOn: '2024-02-29' })).toEqual({
      kind: 'date',
      until: '2029-02-28',
    });
  });

  it('is "until repaid, then five years" while the amount is owed', () => {
    expect(mainlandShownUntil({ defaultStartedOn: '2023-05-02', repaidOn: null })).toEqual({
      kind: 'until_repaid_plus',
      years: 5,
    });
  });

  it('never ends before the repayment, and a later repayment never shows it for less time', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 2000 }), (repaidOn, later) => {
        const first = mainlandShownUntil({ defaultStartedOn: null, repaidOn });
        const second = mainlandShownUntil({ defaultStartedOn: null, repaidOn: addDays(repaidOn, later) });
        if (first.kind !== 'date' || second.kind !== 'date') throw new Error('dated');
        expect(daysBetween(repaidOn, first.until)).toBeGreaterThanOrEqual(5 * 365);
        expect(daysBetween(repaidOn, first.until)).toBeLessThanOrEqual(5 * 366);
        expect(second.until >= first.until).toBe(true);
      }),
    );
  });

  it('follows a rule kept as data for other agencies (聯徵)', () => {
    const dates = { defaultStartedOn: '2024-03-10', repaidOn: '2025-08-31' };
    expect(shownUntilByRule(dates, { months: 12, from: 'repaid' })).toEqual({
      kind: 'date',
      until: '2026-08-31',
    });
    expect(shownUntilByRule(dates, { months: 60, from: 'default_started' })).toEqual({
      kind: 'date',
      until: '2029-03-10',
    });
    expect(shownUntilByRule({ ...dates, repaidOn: null }, { months: 36, from: 'repaid' })).toEqual({
      kind: 'until_repaid_plus',
      years: 3,
    });
  });
});

describe('the one-off relief of 2025-12-22', () => {
  it('applies at its limits exactly', () => {
    expect(relief2025(eligible, '2026-12-07')).toEqual({ applies: true });
    expect(relief2025({ ...eligible, defaultStartedOn: '2025-12-31' }, '2026-12-07')).toEqual({
      applies: true,
    });
  });

  it('does not apply one fen, one day or one year past them, and says why', () => {
    const today = '2026-12-07';
    expect(relief2025({ ...eligible, overdueFen: 1_000_001 }, today)).toMatchObject({
      applies: false,
      reasons: ['amount_over_limit'],
    });
    expect(relief2025({ ...eligible, repaidOn: '2026-04-01' }, today)).toMatchObject({
      applies: false,
      reasons: ['repaid_after_deadline'],
    });
    expect(relief2025({ ...eligible, defaultStartedOn: '2019-12-31' }, today)).toMatchObject({
      applies: false,
      reasons: ['arose_before_2020'],
    });
    expect(relief2025({ ...eligible, defaultStartedOn: '2026-01-01' }, today)).toMatchObject({
      applies: false,
      reasons: ['arose_after_2025'],
    });
    expect(relief2025({ ...eligible, market: 'TW' }, today)).toMatchObject({
      applies: false,
      reasons: ['not_mainland'],
    });
  });

  it('says an unpaid amount may still qualify until the deadline, and not after', () => {
    expect(relief2025({ ...eligible, repaidOn: null }, '2026-03-31')).toEqual({
      applies: false,
      reasons: ['not_repaid'],
      stillPossibleUntil: '2026-03-31',
    });
    expect(relief2025({ ...eligible, repaidOn: null }, '2026-04-01')).toEqual({
      applies: false,
      reasons: ['not_repaid'],
      stillPossibleUntil: null,
    });
  });

  it('applies exactly when every condition holds, and a larger amount or later repayment never brings it in', () => {
    const entry = fc.record({
      market: fc.constantFrom<'CN' | 'TW'>('CN', 'TW'),
      overdueFen: fc.integer({ min: 1, max: 3_000_000 }),
      defaultStartedOn: fc.option(calendarDate, { nil: null }),
      repaidOn: fc.option(calendarDate, { nil: null }),
    });
    fc.assert(
      fc.property(
        entry,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 500 }),
        (e, more, days) => {
          const holds =
            e.market === 'CN' &&
            e.overdueFen <= 1_000_000 &&
            e.defaultStartedOn !== null &&
            e.defaultStartedOn >= '2020-01-01' &&
            e.defaultStartedOn <= '2025-12-31' &&
            e.repaidOn !== null &&
            e.repaidOn <= '2026-03-31';
          expect(relief2025(e, '2026-12-07').applies).toBe(holds);
          const worse = {
            ...e,
            overdueFen: e.overdueFen + more,
            repaidOn: e.repaidOn ? addDays(e.repaidOn, days) : null,
          };
          if (!holds) expect(relief2025(worse, '2026-12-07').applies).toBe(false);
        },
      ),
    );
  });
});

describe('a dispute’s answer', () => {
  it('is due 20 days after filing, across month ends and leap days', () => {
    expect(disputeAnswerDue('2026-01-31')).toBe('2026-02-20');
    expect(disputeAnswerDue('2028-02-10')).toBe('2028-03-01');
    expect(disputeAnswerDue('2026-12-20')).toBe('2027-01-09');
    expect(disputeReminderDates('2026-02-20')).toEqual({
      chase: '2026-03-07',
      due: '2026-03-12',
      escalate: '2026-03-13',
    });
  });

  it('chases before it is due and escalates after, always 20 days on', () => {
    fc.assert(
      fc.property(calendarDate, (filedOn) => {
        const { chase, due, escalate } = disputeReminderDates(filedOn);
        expect(daysBetween(filedOn, due)).toBe(20);
        expect(filedOn < chase && chase < due && due < escalate).toBe(true);
      }),
    );
  });
});
