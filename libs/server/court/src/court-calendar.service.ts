import { courtCalendar, type CourtCalendar } from '@accord/domain';
import { AuditService, NotFoundError, type Principal, type RequestContext } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PutCourtCalendarDayDto } from './dto/court-calendar.dto';
import type { CourtCalendarDayView } from './views/court.view';

/** The firm's court calendar: holidays and make-up working days, kept by admins as data. */
@Injectable()
export class CourtCalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The calendar deadlines are counted on: every marked day (a few dozen a year). */
  async calendar(manager: EntityManager = this.db.manager): Promise<CourtCalendar> {
    const days: { day: string; working: boolean }[] = await manager.query(
      `SELECT day::text AS day, working FROM court_calendar_days`,
    );
    return courtCalendar(days);
  }

  list(year?: number): Promise<CourtCalendarDayView[]> {
    return this.db.query(
      `SELECT day::text AS day, working, name FROM court_calendar_days
        WHERE $1::int IS NULL OR extract(year FROM day) = $1 ORDER BY day`,
      [year ?? null],
    );
  }

  async put(principal: Principal, day: string, dto: PutCourtCalendarDayDto, context: RequestContext) {
    return this.db.transaction(async (manager) => {
      const [row]: CourtCalendarDayView[] = await manager.query(
        `INSERT INTO court_calendar_days (day, working, name, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO UPDATE SET working = excluded.working, name = excluded.name,
                updated_by = excluded.updated_by, updated_at = now()
         RETURNING day::text AS day, working, name`,
        [day, dto.working, dto.name, principal.id],
      );
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'court_calendar.day_set',
        entityType: 'court_calendar_day',
        subject: day,
        context,
        details: { day, working: dto.working },
      });
      return row;
    });
  }

  async remove(principal: Principal, day: string, context: RequestContext): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [rows]: [unknown[]] = await manager.query(
        `DELETE FROM court_calendar_days WHERE day = $1 RETURNING day`,
        [day],
      );
      if (!rows.length) throw new NotFoundError('Court calendar day');
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'court_calendar.day_removed',
        entityType: 'court_calendar_day',
        subject: day,
        context,
        details: { day },
      });
    });
  }
}
