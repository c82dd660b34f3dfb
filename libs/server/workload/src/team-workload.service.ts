import { CASE_OUTCOMES, CASE_STAGES, type CaseOutcome, type CaseStage } from '@accord/contracts';
import { addDays, calendarDateIn, daysBetween } from '@accord/domain';
import { Clock, NotFoundError, UnprocessableError, type Principal } from '@accord/server-core';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { DataSource } from 'typeorm';

export class WorkloadQuery {
  @ApiPropertyOptional({ description: 'admins: one team; managers: their own (the default)' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, first day of the period (default: 29 days before `to`)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  from?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, last day of the period (default: today)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  to?: string;
}

const MAX_PERIOD_DAYS = 366;
const OPEN_STAGES = CASE_STAGES.filter((s) => s !== 'closed');
type OpenStage = Exclude<CaseStage, 'closed'>;

interface OfficerRow {
  officerId: string;
  name: string;
  teamId: string | null;
  byStage: Partial<Record<CaseStage, number>> | null;
  opened: number;
  closed: number;
  outcomes: Partial<Record<CaseOutcome, number>> | null;
  overdueReminders: number;
  overdueDocuments: number;
  overdueFollowUps: number;
  missedInstallments: number;
  staleCases: number;
  underNegotiationFen: string;
  agreedFen: string;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The team's load per officer, read as of now: open cases by stage, what came in and what was closed
 * in the period (with outcomes), what is overdue, missed installments, stale cases, money under
 * negotiation and agreed in the period. Managers see their own team; admins all or one team.
 */
@Injectable()
export class TeamWorkloadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async workload(principal: Principal, query: WorkloadQuery) {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const today = calendarDateIn(now, settings.timeZone);
    const to = query.to ?? today;
    const from = query.from ?? addDays(to, -29);
    if (from > to || daysBetween(from, to) >= MAX_PERIOD_DAYS)
      throw new UnprocessableError(
        'PERIOD_INVALID',
        `The period runs forward and lasts at most ${MAX_PERIOD_DAYS} days`,
        {
          from,
          to,
        },
      );
    const teamId = await this.teamInScope(principal, query.teamId);
    const rows: OfficerRow[] = await this.db.query(
      `WITH officers AS (
         SELECT u.id, u.full_name, u.team_id FROM users u
          WHERE u.role = 'officer' AND u.active AND ($1::uuid IS NULL OR u.team_id = $1)),
       open_cases AS (
         SELECT c.* FROM cases c JOIN officers o ON o.id = c.officer_id WHERE c.stage <> 'closed')
       SELECT o.id AS "officerId", o.full_name AS name, o.team_id AS "teamId",
         (SELECT jsonb_object_agg(stage, n) FROM (SELECT stage, count(*)::int AS n FROM open_cases oc
             WHERE oc.officer_id = o.id GROUP BY stage) s) AS "byStage",
         (SELECT count(*)::int FROM cases c WHERE c.officer_id = o.id AND c.opened_on BETWEEN $2 AND $3) AS opened,
         (SELECT count(*)::int FROM cases c WHERE c.officer_id = o.id AND c.closed_on BETWEEN $2 AND $3) AS closed,
         (SELECT jsonb_object_agg(outcome, n) FROM (SELECT outcome, count(*)::int AS n FROM cases c
             WHERE c.officer_id = o.id AND c.closed_on BETWEEN $2 AND $3 GROUP BY outcome) s) AS outcomes,
         (SELECT count(*)::int FROM reminders r JOIN open_cases oc ON oc.id = r.case_id
           WHERE oc.officer_id = o.id AND r.recipient = 'officer'
             AND (r.status = 'failed' OR (r.status = 'scheduled' AND r.due_at < $4))) AS "overdueReminders",
         (SELECT count(*)::int FROM document_requirements d JOIN open_cases oc ON oc.id = d.case_id
           WHERE oc.officer_id = o.id AND d.status IN ('requested', 'rejected') AND d.due_on < $5::date) AS "overdueDocuments",
         (SELECT count(*)::int FROM contacts k JOIN open_cases oc ON oc.id = k.case_id
           WHERE oc.officer_id = o.id AND k.next_follow_up_at < $4
             AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at))
           AS "overdueFollowUps",
         (SELECT count(*)::int FROM (
            SELECT i.due_date, sum(i.amount_fen) OVER (PARTITION BY i.plan_id ORDER BY i.number) AS upto,
                   (SELECT coalesce(sum(y.amount_fen), 0) FROM payments y WHERE y.plan_id = p.id) AS paid
              FROM repayment_plans p JOIN open_cases oc ON oc.id = p.case_id JOIN installments i ON i.plan_id = p.id
             WHERE oc.officer_id = o.id) s WHERE s.upto > s.paid AND s.due_date < $5::date) AS "missedInstallments",
         (SELECT count(*)::int FROM open_cases oc WHERE oc.officer_id = o.id AND oc.last_activity_at < $6) AS "staleCases",
         (SELECT coalesce(sum(oc.total_outstanding_fen), 0)::bigint FROM open_cases oc
           WHERE oc.officer_id = o.id AND oc.stage IN ('creditor_contact', 'negotiating')) AS "underNegotiationFen",
         (SELECT coalesce(sum(p.total_fen), 0)::bigint FROM repayment_plans p JOIN cases c ON c.id = p.case_id
           WHERE c.officer_id = o.id AND (p.created_at AT TIME ZONE $7)::date BETWEEN $2 AND $3) AS "agreedFen"
         FROM officers o ORDER BY o.full_name, o.id`,
      [
        teamId,
        from,
        to,
        now,
        today,
        new Date(now.getTime() - settings.staleAfterDays * 86_400_000),
        settings.timeZone,
      ],
    );
    const officers = rows.map(toOfficerLoad);
    return { asOf: now.toISOString(), period: { from, to }, teamId, officers, totals: totalsOf(officers) };
  }

  /** A manager's own team (another team answers 404, as if it did not exist); admins any or all. */
  private async teamInScope(principal: Principal, teamId: string | undefined): Promise<string | null> {
    if (principal.role === 'manager') {
      if (!principal.teamId || (teamId && teamId !== principal.teamId)) throw new NotFoundError('Team');
      return principal.teamId;
    }
    if (!teamId) return null;
    const [team] = await this.db.query(`SELECT id FROM teams WHERE id = $1`, [teamId]);
    if (!team) throw new NotFoundError('Team');
    return teamId;
  }
}

function toOfficerLoad(r: OfficerRow) {
  return {
    officerId: r.officerId,
    name: r.name,
    teamId: r.teamId,
    openByStage: { ...zeros(OPEN_STAGES), ...(r.byStage ?? {}) } as Record<OpenStage, number>,
    openCases: Object.values(r.byStage ?? {}).reduce((a: number, b) => a + (b ?? 0), 0),
    opened: r.opened,
    closed: r.closed,
    outcomes: { ...zeros(CASE_OUTCOMES), ...(r.outcomes ?? {}) } as Record<CaseOutcome, number>,
    overdue: { reminders: r.overdueReminders, documents: r.overdueDocuments, followUps: r.overdueFollowUps },
    missedInstallments: r.missedInstallments,
    staleCases: r.staleCases,
    money: { underNegotiationFen: Number(r.underNegotiationFen), agreedFen: Number(r.agreedFen) },
  };
}

type OfficerLoad = ReturnType<typeof toOfficerLoad>;

/** Every figure summed over the officers: the team's (or the firm's) totals. */
function totalsOf(officers: OfficerLoad[]) {
  const sumBy = <K extends string>(pick: (o: OfficerLoad) => Record<K, number>) =>
    officers.reduce(
      (all, o) => {
        for (const [k, v] of Object.entries(pick(o)) as [K, number][]) all[k] = (all[k] ?? 0) + v;
        return all;
      },
      {} as Record<K, number>,
    );
  const sum = (pick: (o: OfficerLoad) => number) => officers.reduce((a, o) => a + pick(o), 0);
  return {
    officers: officers.length,
    openByStage: sumBy((o) => o.openByStage),
    openCases: sum((o) => o.openCases),
    opened: sum((o) => o.opened),
    closed: sum((o) => o.closed),
    outcomes: sumBy((o) => o.outcomes),
    overdue: sumBy((o) => o.overdue),
    missedInstallments: sum((o) => o.missedInstallments),
    staleCases: sum((o) => o.staleCases),
    money: sumBy((o) => o.money),
  };
}
