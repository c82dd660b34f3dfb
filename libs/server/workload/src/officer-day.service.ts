import { calendarDateIn } from '@accord/domain';
import { Clock, type Principal } from '@accord/server-core';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { officerDayQueries } from './officer-day.queries';

/** Items of one section of the day: the first ones, and how many there are in all. */
export interface DaySection<T> {
  total: number;
  items: T[];
}

/** Rows carry `total` (a window count over the whole section); the section keeps it once. */
function section<T extends { total: number }>(rows: T[]): DaySection<Omit<T, 'total'>> {
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...item }) => item),
  };
}

/**
 * An officer's day, read at the moment it is asked for: what to do today on their own open cases.
 * Each item names its case (reference and client) so the page can link straight to where to act.
 */
@Injectable()
export class OfficerDayService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async today(principal: Principal) {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const date = calendarDateIn(now, settings.timeZone);
    const [reminders, followUps, toVerify, overdueDocuments, installments, stale] = await Promise.all(
      officerDayQueries(principal.id, now, date, settings).map((q) => this.db.query(q.sql, q.params)),
    );
    const money = <T extends { amountFen: string | number; owedFen: string | number }>(r: T) => ({
      ...r,
      amountFen: Number(r.amountFen),
      owedFen: Number(r.owedFen),
    });
    const missed = installments.filter((i: { missed: boolean }) => i.missed).map(money);
    const dueSoon = installments.filter((i: { missed: boolean }) => !i.missed).map(money);
    return {
      date,
      timeZone: settings.timeZone,
      staleAfterDays: settings.staleAfterDays,
      reminders: section(reminders),
      followUps: section(followUps),
      documentsToVerify: section(toVerify),
      documentsOverdue: section(overdueDocuments),
      installmentsDueSoon: section(dueSoon),
      installmentsMissed: section(missed),
      staleCases: section(stale),
    };
  }
}
