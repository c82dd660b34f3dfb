import {
  CURRENCIES,
  type Currency,
  type WorkloadMoney,
  CASE_OUTCOMES,
  CASE_STAGES,
  FUNNEL_STEPS,
  type CaseOutcome,
  type CaseStage,
  type FunnelStepFigures,
  type OfficerWorkload,
  type OpenStage,
  type WorkloadReport,
} from '@accord/contracts';
import { Clock, type Principal } from '@accord/server-core';
import {
  closedPerOfficerSql,
  medianDaysPerStageSql,
  openCasesByStagePerOfficerSql,
  openedPerOfficerSql,
  stalePerOfficerSql,
  underNegotiationPerOfficerSql,
} from '@accord/server-cases';
import { lateDocumentsPerOfficerSql } from '@accord/server-documents';
import {
  agreedPerOfficerSql,
  lateFollowUpsPerOfficerSql,
  missedInstallmentsPerOfficerSql,
} from '@accord/server-negotiation';
import { lateRemindersPerOfficerSql, ReminderSettingsService } from '@accord/server-reminders';
import { activeOfficersSql } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { reportPeriod, teamInScope, type ReportPeriod, type ReportQuery } from './report-scope';

/** How often the worker works out the firm-wide figures, and how old they may be when shown. */
export const SNAPSHOT_EVERY_MS = 60_000;
const SNAPSHOT_MAX_AGE_MS = 5 * SNAPSHOT_EVERY_MS;

const OPEN_STAGES = CASE_STAGES.filter((s): s is OpenStage => s !== 'closed');

interface OfficerRow {
  officerId: string;
  name: string;
  teamId: string | null;
  byStage: Partial<Record<CaseStage, number>> | null;
  underNegotiationFen: Partial<Record<Currency, string | number>> | null;
  opened: number | null;
  closed: number | null;
  reached: number[] | null;
  outcomes: Partial<Record<CaseOutcome, number>> | null;
  overdueReminders: number | null;
  overdueDocuments: number | null;
  overdueFollowUps: number | null;
  missedInstallments: number | null;
  staleCases: number | null;
  /** Per currency: [agreed total, saved]. */
  agreedFen: Partial<Record<Currency, [string | number, string | number]>> | null;
  medians: Partial<Record<OpenStage, string>> | null;
  teamMedians: Partial<Record<OpenStage, string>> | null;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The team's load per officer, read live as of now: open cases by stage, what came in and what was
 * closed in the period (with outcomes), what is overdue, missed installments, stale cases, median days
 * per stage, money under negotiation, agreed and saved in the period, and the funnel of the cases opened
 * in the period. Managers see their own team; admins all or one team. Each section is grouped by officer
 * over an index that starts with the officer (or a small aggregate kept by triggers), so a firm of
 * 200 officers and a million cases is a few thousand index entries per request, not a scan.
 */
@Injectable()
export class TeamWorkloadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async workload(principal: Principal, query: ReportQuery): Promise<WorkloadReport> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const period = reportPeriod(query, now, settings.timeZone);
    const teamId = await teamInScope(this.db, principal, query.teamId);
    const standard = reportPeriod({}, now, settings.timeZone);
    if (teamId === null && period.from === standard.from && period.to === standard.to) {
      const snapshot = await this.firmSnapshot(period, now);
      if (snapshot) return snapshot;
    }
    return this.compute(teamId, period, now, settings.staleAfterDays);
  }

  /** Works out the whole firm's workload for the standard period and keeps it for the firm-wide view. */
  async refreshFirmSnapshot(): Promise<WorkloadReport> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const period = reportPeriod({}, now, settings.timeZone);
    const report = await this.compute(null, period, now, settings.staleAfterDays);
    await this.db.query(
      `INSERT INTO workload_snapshots (scope, period_from, period_to, taken_at, report) VALUES ('firm', $1, $2, $3, $4)
       ON CONFLICT (scope) DO UPDATE SET period_from = $1, period_to = $2, taken_at = $3, report = $4`,
      [period.from, period.to, now, { ...report, source: 'snapshot' }],
    );
    return report;
  }

  /** The kept firm-wide figures, if they are for this period and recent enough to show with their age. */
  private async firmSnapshot(period: ReportPeriod, now: Date): Promise<WorkloadReport | null> {
    const [row]: { report: WorkloadReport }[] = await this.db.query(
      `SELECT report FROM workload_snapshots
        WHERE scope = 'firm' AND period_from = $1 AND period_to = $2 AND taken_at > $3`,
      [period.from, period.to, new Date(now.getTime() - SNAPSHOT_MAX_AGE_MS)],
    );
    return row?.report ?? null;
  }

  private async compute(
    teamId: string | null,
    period: ReportPeriod,
    now: Date,
    staleAfterDays: number,
  ): Promise<WorkloadReport> {
    const rows: OfficerRow[] = await this.db.query(WORKLOAD_SQL, [
      teamId,
      period.from,
      period.to,
      now,
      period.today,
      new Date(now.getTime() - staleAfterDays * 86_400_000),
      period.start,
      period.end,
    ]);
    const officers = rows.map(toOfficerLoad);
    return {
      asOf: now.toISOString(),
      source: 'live',
      period: { from: period.from, to: period.to },
      teamId,
      officers,
      totals: { ...totalsOf(officers), medianDaysByStage: mediansOf(rows[0]?.teamMedians ?? null) },
      funnel: funnelOf(rows),
    };
  }
}

/**
 * $1 team (null: firm), $2..$3 period dates, $4 now, $5 today, $6 stale before, $7..$8 period instants.
 * Each feature writes the SQL of its own tables (a CTE body per figure); workload puts them into one
 * statement.
 */
export const WORKLOAD_SQL = `
  WITH officers AS (
    ${activeOfficersSql('$1', { wholeFirmWhenNull: true })}),
  counts AS (${openCasesByStagePerOfficerSql('officers')}),
  under_negotiation AS (${underNegotiationPerOfficerSql('officers')}),
  opened AS (${openedPerOfficerSql('officers', '$2', '$3')}),
  closed AS (${closedPerOfficerSql('officers', '$2', '$3')}),
  late_reminders AS (${lateRemindersPerOfficerSql('officers', '$4')}),
  late_documents AS (${lateDocumentsPerOfficerSql('officers', '$5')}),
  late_follow_ups AS (${lateFollowUpsPerOfficerSql('officers', '$4')}),
  missed AS (${missedInstallmentsPerOfficerSql('officers', '$5')}),
  stale AS (${stalePerOfficerSql('officers', '$6')}),
  agreed AS (${agreedPerOfficerSql('officers', '$7', '$8', '$5')}),
  medians AS (${medianDaysPerStageSql('officers', '$7', '$8')})
  SELECT o.id AS "officerId", o.full_name AS name, o.team_id AS "teamId",
         counts.by_stage AS "byStage", under_negotiation.by_currency AS "underNegotiationFen",
         opened.n AS opened, opened.reached, closed.n AS closed, closed.outcomes,
         late_reminders.n AS "overdueReminders", late_documents.n AS "overdueDocuments",
         late_follow_ups.n AS "overdueFollowUps", missed.n AS "missedInstallments", stale.n AS "staleCases",
         agreed.by_currency AS "agreedFen",
         (SELECT jsonb_object_agg(m.stage, m.days) FROM medians m WHERE m.officer_id = o.id) AS medians,
         (SELECT jsonb_object_agg(m.stage, m.days) FROM medians m WHERE m.officer_id IS NULL) AS "teamMedians"
    FROM officers o
    LEFT JOIN counts ON counts.officer_id = o.id
    LEFT JOIN opened ON opened.officer_id = o.id
    LEFT JOIN closed ON closed.officer_id = o.id
    LEFT JOIN late_reminders ON late_reminders.officer_id = o.id
    LEFT JOIN late_documents ON late_documents.officer_id = o.id
    LEFT JOIN late_follow_ups ON late_follow_ups.officer_id = o.id
    LEFT JOIN missed ON missed.officer_id = o.id
    LEFT JOIN stale ON stale.officer_id = o.id
    LEFT JOIN agreed ON agreed.officer_id = o.id
    LEFT JOIN under_negotiation ON under_negotiation.officer_id = o.id
   ORDER BY o.full_name, o.id`;

function mediansOf(days: Partial<Record<OpenStage, string>> | null): Record<OpenStage, number | null> {
  return Object.fromEntries(
    OPEN_STAGES.map((stage) => [stage, days?.[stage] === undefined ? null : Number(days[stage])]),
  ) as Record<OpenStage, number | null>;
}

function toOfficerLoad(r: OfficerRow): OfficerWorkload {
  const openByStage = { ...zeros(OPEN_STAGES), ...(r.byStage ?? {}) } as Record<OpenStage, number>;
  return {
    officerId: r.officerId,
    name: r.name,
    teamId: r.teamId,
    openByStage,
    openCases: Object.values(openByStage).reduce((a, b) => a + b, 0),
    opened: r.opened ?? 0,
    closed: r.closed ?? 0,
    outcomes: { ...zeros(CASE_OUTCOMES), ...(r.outcomes ?? {}) } as Record<CaseOutcome, number>,
    overdue: {
      reminders: r.overdueReminders ?? 0,
      documents: r.overdueDocuments ?? 0,
      followUps: r.overdueFollowUps ?? 0,
    },
    missedInstallments: r.missedInstallments ?? 0,
    staleCases: r.staleCases ?? 0,
    medianDaysByStage: mediansOf(r.medians),
    money: moneyOf(r),
  };
}

/** An officer's money per currency, every currency present (zero when none): never one mixed sum. */
function moneyOf(r: OfficerRow): WorkloadMoney {
  return Object.fromEntries(
    CURRENCIES.map((c) => [
      c,
      {
        underNegotiationFen: Number(r.underNegotiationFen?.[c] ?? 0),
        agreedFen: Number(r.agreedFen?.[c]?.[0] ?? 0),
        savedFen: Number(r.agreedFen?.[c]?.[1] ?? 0),
      },
    ]),
  ) as WorkloadMoney;
}

/** Every count summed over the officers: the team's (or the firm's) totals; medians come from SQL. */
function totalsOf(officers: OfficerWorkload[]) {
  const sumBy = <K extends string>(pick: (o: OfficerWorkload) => Record<K, number>) =>
    officers.reduce(
      (all, o) => {
        for (const [k, v] of Object.entries(pick(o)) as [K, number][]) all[k] = (all[k] ?? 0) + v;
        return all;
      },
      {} as Record<K, number>,
    );
  const sum = (pick: (o: OfficerWorkload) => number) => officers.reduce((a, o) => a + pick(o), 0);
  return {
    officers: officers.length,
    openByStage: { ...zeros(OPEN_STAGES), ...sumBy((o) => o.openByStage) },
    openCases: sum((o) => o.openCases),
    opened: sum((o) => o.opened),
    closed: sum((o) => o.closed),
    outcomes: { ...zeros(CASE_OUTCOMES), ...sumBy((o) => o.outcomes) },
    overdue: {
      reminders: sum((o) => o.overdue.reminders),
      documents: sum((o) => o.overdue.documents),
      followUps: sum((o) => o.overdue.followUps),
    },
    missedInstallments: sum((o) => o.missedInstallments),
    staleCases: sum((o) => o.staleCases),
    money: Object.fromEntries(
      CURRENCIES.map((c) => [
        c,
        {
          underNegotiationFen: sum((o) => o.money[c].underNegotiationFen),
          agreedFen: sum((o) => o.money[c].agreedFen),
          savedFen: sum((o) => o.money[c].savedFen),
        },
      ]),
    ) as WorkloadMoney,
  };
}

/** How far the cases opened in the period have come, step by step, and the share that made each step. */
function funnelOf(rows: OfficerRow[]): FunnelStepFigures[] {
  const reached = FUNNEL_STEPS.map((_, i) => rows.reduce((a, r) => a + (r.reached?.[i] ?? 0), 0));
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    cases: reached[i],
    conversionFromPrevious: i === 0 || reached[i - 1] === 0 ? null : round4(reached[i] / reached[i - 1]),
  }));
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
