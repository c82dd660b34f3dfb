import type { CourtDeadlineKind, CourtMatterKind } from '@accord/contracts';
import { addDays } from '../dates';
import { rollToWorkingDay, type CourtCalendar } from './court-calendar';

export type CourtMarket = 'CN' | 'TW';

/** What a deadline counts from: the service of the summons (or payment order), of a judgment, of a ruling. */
export type PeriodTrigger = 'summons' | 'judgment' | 'ruling';

/**
 * One statutory period, as data: `days` after the day of service (the day of service itself not
 * counted), the last day moved past days off. The firm's lawyers can read each row against its law.
 */
export interface CourtPeriod {
  deadline: CourtDeadlineKind;
  market: CourtMarket;
  from: PeriodTrigger;
  /** Only for these kinds of matter; absent: any. */
  matterKinds?: readonly CourtMatterKind[];
  days: number;
  law: string;
}

export const COURT_PERIODS: readonly CourtPeriod[] = [
  {
    deadline: 'answer_deadline',
    market: 'CN',
    from: 'summons',
    matterKinds: ['lawsuit'],
    days: 15,
    law: '民事訴訟法 第128條',
  },
  {
    deadline: 'answer_deadline',
    market: 'CN',
    from: 'summons',
    matterKinds: ['payment_order'],
    days: 15,
    law: '民事訴訟法 第227條（支付令異議）',
  },
  {
    deadline: 'answer_deadline',
    market: 'TW',
    from: 'summons',
    matterKinds: ['payment_order'],
    days: 20,
    law: '民事訴訟法 第516條（支付命令異議）',
  },
  {
    deadline: 'appeal_deadline',
    market: 'CN',
    from: 'judgment',
    days: 15,
    law: '民事訴訟法 第171條（判決）',
  },
  { deadline: 'appeal_deadline', market: 'CN', from: 'ruling', days: 10, law: '民事訴訟法 第171條（裁定）' },
  {
    deadline: 'appeal_deadline',
    market: 'TW',
    from: 'judgment',
    days: 20,
    law: '民事訴訟法 第440條（上訴）',
  },
  { deadline: 'appeal_deadline', market: 'TW', from: 'ruling', days: 10, law: '民事訴訟法 第487條（抗告）' },
];

export function courtPeriod(
  deadline: CourtDeadlineKind,
  market: CourtMarket,
  from: PeriodTrigger,
  matterKind: CourtMatterKind,
): CourtPeriod | null {
  return (
    COURT_PERIODS.find(
      (p) =>
        p.deadline === deadline &&
        p.market === market &&
        p.from === from &&
        (!p.matterKinds || p.matterKinds.includes(matterKind)),
    ) ?? null
  );
}

/**
 * The last day of a period served on `servedOn`: `days` later, moved to the next court working day if it
 * falls on a day off. Null when no statutory period applies (the officer enters the court's own date).
 */
export function courtDeadline(
  period: CourtPeriod | null,
  servedOn: string,
  calendar: CourtCalendar,
): string | null {
  if (!period) return null;
  return rollToWorkingDay(addDays(servedOn, period.days), calendar);
}
