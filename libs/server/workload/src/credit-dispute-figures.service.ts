import { addDays, calendarDateIn } from '@accord/domain';
import { openDisputeFiguresSql } from '@accord/server-credit-record';
import { Clock, type Principal } from '@accord/server-core';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { teamInScope } from './report-scope';
import type { CreditDisputeFiguresView } from './views/credit-dispute-figures.view';

/** Disputes open, due this week and past due, on a manager's team's cases (admins: any team or the firm). */
@Injectable()
export class CreditDisputeFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async figures(principal: Principal, teamId: string | undefined): Promise<CreditDisputeFiguresView> {
    const { timeZone } = await this.settings.get();
    const today = calendarDateIn(this.clock.now(), timeZone);
    const team = await teamInScope(this.db, principal, teamId);
    const [row] = await this.db.query(openDisputeFiguresSql('$1', '$2', '$3'), [
      team,
      today,
      addDays(today, 6),
    ]);
    return { teamId: team, today, open: row.open, dueThisWeek: row.dueThisWeek, overdue: row.overdue };
  }
}
