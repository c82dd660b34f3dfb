import { addDays } from '../dates';

/**
 * The days courts work, as data the firm keeps: Saturdays and Sundays are off unless marked as working
 * days (調休 / 補行上班), and marked holidays are off whatever the weekday.
 */
export interface CourtCalendar {
  holidays: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

export const EMPTY_COURT_CALENDAR: CourtCalendar = { holidays: new Set(), workingDays: new Set() };

export function courtCalendar(days: readonly { day: string; working: boolean }[]): CourtCalendar {
  return {
    holidays: new Set(days.filter((d) => !d.working).map((d) => d.day)),
    workingDays: new Set(days.filter((d) => d.working).map((d) => d.day)),
  };
}

export function isCourtWorkingDay(date: string, calendar: CourtCalendar): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.workingDays.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * A period whose last day falls on a day off ends on the next working day (民事訴訟法 Art. 85 on the
 * mainland; 民法 Art. 122 in Taiwan). A calendar with every day off is not a calendar: after a year the
 * date is answered as it is rather than looping.
 */
export function rollToWorkingDay(date: string, calendar: CourtCalendar): string {
  let day = date;
  for (let i = 0; i < 366 && !isCourtWorkingDay(day, calendar); i++) day = addDays(day, 1);
  return isCourtWorkingDay(day, calendar) ? day : date;
}
