import { calendarDateIn } from '@accord/domain';
import { Clock, type Principal } from '@accord/server-core';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { officerDayQueries } from './officer-day.queries';
import type {
  OfficerDayDocumentOverdue,
  OfficerDayDocumentToVerify,
  OfficerDayFollowUp,
  OfficerDayInstallment,
  OfficerDayReminder,
  OfficerDayStaleCase,
} from './views/officer-day-items.view';
import type { OfficerDay } from './views/officer-day.view';

/** A section's row: the item and `total`, a window count over the whole section. */
type Counted<T> = T & { total: number };

/** An installment as its query reads it: the amounts are bigints, which may arrive as text. */
type InstallmentRow = Omit<OfficerDayInstallment, 'amountFen' | 'owedFen'> & {
  amountFen: string | number;
  owedFen: string | number;
};

/** The section keeps the count once. */
function section<T extends { total: number }>(rows: T[]): { total: number; items: Omit<T, 'total'>[] } {
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

  async today(principal: Principal): Promise<OfficerDay> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const date = calendarDateIn(now, settings.timeZone);
    // In the order of officerDayQueries.
    const [reminders, followUps, toVerify, overdueDocuments, installments, stale] = (await Promise.all(
      officerDayQueries(principal.id, now, date, settings).map((q) => this.db.query(q.sql, q.params)),
    )) as [
      Counted<OfficerDayReminder>[],
      Counted<OfficerDayFollowUp>[],
      Counted<OfficerDayDocumentToVerify>[],
      Counted<OfficerDayDocumentOverdue>[],
      Counted<InstallmentRow>[],
      Counted<OfficerDayStaleCase>[],
    ];
    const money = (r: Counted<InstallmentRow>) => ({
      ...r,
      amountFen: Number(r.amountFen),
      owedFen: Number(r.owedFen),
    });
    const missed = installments.filter((i) => i.missed).map(money);
    const dueSoon = installments.filter((i) => !i.missed).map(money);
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
