import { describe, expect, it } from 'vitest';
import {
  DAY_SECTIONS,
  dayItemLink,
  formatDayHeading,
  hasWork,
  orderSections,
  overdueCount,
  sectionTone,
  type DaySectionName,
  type OfficerDay,
} from '../officer-day';

const theCase = { caseId: 'c1', reference: 'AC-2026-0001', clientName: '周文華' };

const reminder = (id: string, overdue: boolean) => ({
  ...theCase,
  id,
  kind: 'follow_up',
  status: 'scheduled' as const,
  dueAt: '2026-11-25T01:00:00.000Z',
  overdue,
  payload: {},
});

/** An empty day, with the sections given filled in. */
function dayWith(sections: Partial<{ [S in DaySectionName]: OfficerDay[S] }> = {}): OfficerDay {
  const empty = { total: 0, items: [] };
  return {
    date: '2026-11-25',
    timeZone: 'Asia/Taipei',
    staleAfterDays: 14,
    reminders: empty,
    followUps: empty,
    documentsToVerify: empty,
    documentsOverdue: empty,
    installmentsDueSoon: empty,
    installmentsMissed: empty,
    staleCases: empty,
    ...sections,
  };
}

describe('where an item of the day leads', () => {
  it('opens its case on the tab where the work is done', () => {
    const expected: Record<DaySectionName, string> = {
      reminders: '/cases/c1/show/reminders',
      followUps: '/cases/c1/show/contacts',
      documentsToVerify: '/cases/c1/show/documents',
      documentsOverdue: '/cases/c1/show/documents',
      installmentsDueSoon: '/cases/c1/show/repayment',
      installmentsMissed: '/cases/c1/show/repayment',
      staleCases: '/cases/c1/show',
    };
    for (const section of DAY_SECTIONS) expect(dayItemLink(section, theCase)).toBe(expected[section]);
  });

  it('keeps an id that needs escaping inside its path segment', () => {
    expect(dayItemLink('documentsOverdue', { caseId: 'a/b c' })).toBe('/cases/a%2Fb%20c/show/documents');
  });
});

describe('the order of the sections', () => {
  it('lists those with something in them first, then the empty ones, each in the order of the cards', () => {
    const day = dayWith({
      staleCases: { total: 1, items: [] },
      documentsToVerify: { total: 3, items: [] },
      reminders: { total: 2, items: [] },
    });
    expect(orderSections(day)).toEqual([
      'reminders',
      'documentsToVerify',
      'staleCases',
      'followUps',
      'documentsOverdue',
      'installmentsDueSoon',
      'installmentsMissed',
    ]);
  });

  it('keeps the cards’ order on an empty day and on a full one', () => {
    expect(orderSections(dayWith())).toEqual([...DAY_SECTIONS]);
    const full = dayWith(
      Object.fromEntries(DAY_SECTIONS.map((s) => [s, { total: 1, items: [] }])) as Partial<OfficerDay>,
    );
    expect(orderSections(full)).toEqual([...DAY_SECTIONS]);
  });
});

describe('how a section’s card reads', () => {
  it('is clear when empty, and work when what it holds is for today', () => {
    const day = dayWith({
      reminders: { total: 1, items: [reminder('r1', false)] },
      documentsToVerify: { total: 2, items: [] },
    });
    expect(sectionTone(day, 'followUps')).toBe('clear');
    expect(sectionTone(day, 'reminders')).toBe('work');
    expect(sectionTone(day, 'documentsToVerify')).toBe('work');
    expect(hasWork(day)).toBe(true);
    expect(hasWork(dayWith())).toBe(false);
  });

  it('alerts for anything already late', () => {
    const day = dayWith({
      reminders: { total: 2, items: [reminder('r1', true), reminder('r2', false)] },
      documentsOverdue: { total: 1, items: [] },
      installmentsMissed: { total: 1, items: [] },
      staleCases: { total: 1, items: [] },
    });
    for (const section of ['reminders', 'documentsOverdue', 'installmentsMissed', 'staleCases'] as const)
      expect(sectionTone(day, section)).toBe('alert');
  });

  it('counts the overdue reminders and follow-ups, a floor when every one shown is overdue and more were left out', () => {
    const some = dayWith({ reminders: { total: 3, items: [reminder('r1', true), reminder('r2', false)] } });
    expect(overdueCount(some, 'reminders')).toEqual({ count: 1, more: false });
    const all = dayWith({ reminders: { total: 60, items: [reminder('r1', true), reminder('r2', true)] } });
    expect(overdueCount(all, 'reminders')).toEqual({ count: 2, more: true });
    const whole = dayWith({ reminders: { total: 2, items: [reminder('r1', true), reminder('r2', true)] } });
    expect(overdueCount(whole, 'reminders')).toEqual({ count: 2, more: false });
    expect(
      overdueCount(dayWith({ reminders: { total: 1, items: [reminder('r1', false)] } }), 'reminders'),
    ).toBe(null);
    // Sections late by nature say so by their tone, not by a count.
    expect(overdueCount(dayWith({ documentsOverdue: { total: 1, items: [] } }), 'documentsOverdue')).toBe(
      null,
    );
  });
});

describe('the day’s heading', () => {
  it('names the firm’s calendar day with its weekday, whatever the reader’s time zone', () => {
    expect(formatDayHeading('2026-11-25', 'zh-TW')).toBe('2026年11月25日星期三');
    expect(formatDayHeading('2026-11-25', 'en')).toBe('Wednesday, November 25, 2026');
    expect(formatDayHeading('not a date', 'en')).toBe('not a date');
  });
});
