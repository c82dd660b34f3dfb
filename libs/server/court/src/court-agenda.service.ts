import { FirmDay } from '@accord/server-core';
import { COURT_DEADLINE_KINDS, COURT_MATTER_KINDS, COURT_SITTING_KINDS } from '@accord/contracts';
import { addDays } from '@accord/domain';
import { caseInScope, joinCase } from '@accord/server-cases';
import { clientNameOf } from '@accord/server-clients';
import type { Principal } from '@accord/server-core';
import { userNameOf } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { passedDeadlineSql, sqlList } from './court.reads';
import type { AgendaItemView, CourtAgendaView, CourtReportView, MattersByKindView } from './views/court.view';

/**
 * What is coming at court for the caller's cases, read across them: the officer's own, the manager's
 * team's, the admin's firm's. The calendar feed reads the same rows.
 */
@Injectable()
export class CourtAgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly day: FirmDay,
  ) {}

  async agenda(principal: Principal, days = 7): Promise<CourtAgendaView> {
    const from = this.day.today();
    const to = addDays(from, days - 1);
    const rows = await this.items(principal, from, to);
    return {
      from,
      to,
      hearings: rows.filter((r) => COURT_SITTING_KINDS.includes(r.kind as never) && r.occursOn >= from),
      deadlines: rows.filter((r) => COURT_DEADLINE_KINDS.includes(r.kind as never) && !r.passed),
      passedDeadlines: rows.filter((r) => r.passed),
    };
  }

  async report(principal: Principal): Promise<CourtReportView> {
    const agenda = await this.agenda(principal, 14);
    const scope = caseInScope(principal, 'm.case_id');
    const [sql, params] = this.db.driver.escapeQueryWithParameters(
      `SELECT m.kind, count(*) FILTER (WHERE m.status = 'open')::int AS open,
              count(*) FILTER (WHERE m.status = 'concluded')::int AS concluded
         FROM court_matters m WHERE ${scope.sql} GROUP BY m.kind`,
      scope.params,
    );
    const counted: MattersByKindView[] = await this.db.query(sql, params);
    const mattersByKind = COURT_MATTER_KINDS.map(
      (kind) => counted.find((c) => c.kind === kind) ?? { kind, open: 0, concluded: 0 },
    );
    return { ...agenda, mattersByKind };
  }

  /**
   * Sittings and open deadlines from `from` to `to`, and every deadline already passed with nothing
   * recorded (however old: it stays until someone records what happened). `to` null: from `from` on.
   */
  async items(
    principal: Principal,
    from: string,
    to: string | null,
    passedToo = true,
  ): Promise<AgendaItemView[]> {
    const scope = caseInScope(principal, 'e.case_id');
    const [sql, params] = this.db.driver.escapeQueryWithParameters(
      `SELECT e.id AS "eventId", e.matter_id AS "matterId", e.case_id AS "caseId", c.reference AS "caseReference",
              ${clientNameOf('c.client_id')} AS "clientName", ${userNameOf('c.officer_id')} AS "officerName",
              e.kind, m.kind AS "matterKind", e.occurs_on::text AS "occursOn", e.starts_at AS "startsAt",
              COALESCE(e.court, m.court) AS court, e.room, m.case_number AS "caseNumber",
              ${passedDeadlineSql(':today::date')} AS passed
         FROM court_events e JOIN court_matters m ON m.id = e.matter_id ${joinCase('c', 'e.case_id')}
        WHERE ${scope.sql}
          AND ((e.kind IN ${sqlList(COURT_SITTING_KINDS)} OR (e.kind IN ${sqlList(COURT_DEADLINE_KINDS)} AND e.completed_on IS NULL))
               AND e.occurs_on >= :from::date AND (:to::date IS NULL OR e.occurs_on <= :to::date)
               OR (:passedToo AND ${passedDeadlineSql(':today::date')}))
        ORDER BY e.occurs_on, e.starts_at NULLS FIRST, c.reference, e.id
        LIMIT 500`,
      { ...scope.params, from, to, today: this.day.today(), passedToo },
    );
    return this.db.query(sql, params);
  }
}
