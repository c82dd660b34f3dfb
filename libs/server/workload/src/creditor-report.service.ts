import {
  PROPOSAL_KINDS,
  type Currency,
  type CreditorReport,
  type CreditorReportRow,
  type ProposalKind,
} from '@accord/contracts';
import { Clock, type Principal } from '@accord/server-core';
import { disputesAnsweredSql } from '@accord/server-credit-record';
import { joinCreditor } from '@accord/server-creditors';
import { firstProposalSubmittedAtSql, proposalsSubmittedSql } from '@accord/server-negotiation';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { reportPeriod, teamInScope, type ReportQuery } from './report-scope';

interface CreditorRow {
  creditorId: string;
  name: string;
  byKind: { kind: ProposalKind; submitted: number; accepted: number; rejected: number }[];
  medianDays: string | null;
  averageWaivedFen: string | null;
  agreedFen: string | null;
  currency: Currency;
  disputes: { answered: number; corrected: number; noErrorFound: number; cannotBeVerified: number } | null;
}

/**
 * $1 team (null: the firm), $2..$3 the period's instants, $4..$5 its first and last days. The proposals first put to a creditor in the
 * period, on the cases of the team's officers, with what became of them so far. Negotiation writes the
 * SQL of its proposals, creditors of theirs; the report puts them into one statement.
 */
const CREDITOR_REPORT_SQL = `
  WITH sent AS (${proposalsSubmittedSql('$1', '$2', '$3')}),
  kinds AS (
    SELECT creditor_id, currency, kind, count(*)::int AS submitted,
           count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
           count(*) FILTER (WHERE status = 'rejected')::int AS rejected
      FROM sent GROUP BY creditor_id, currency, kind),
  agreements AS (
    SELECT s.creditor_id, s.currency, s.total_fen, s.waived_penalty_fen,
           extract(epoch FROM s.decided_at - ${firstProposalSubmittedAtSql('s.debt_id')}) / 86400 AS days
      FROM sent s WHERE s.status = 'accepted'),
  agreed AS (
    SELECT creditor_id, currency, round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::numeric, 1) AS median_days,
           round(avg(waived_penalty_fen)) AS average_waived, sum(total_fen) AS total
      FROM agreements GROUP BY creditor_id, currency),
  answered AS (${disputesAnsweredSql('$1', '$4', '$5')}),
  disputes AS (
    SELECT creditor_id, currency, count(*)::int AS answered,
           count(*) FILTER (WHERE outcome = 'corrected')::int AS corrected,
           count(*) FILTER (WHERE outcome = 'no_error_found')::int AS no_error_found,
           count(*) FILTER (WHERE outcome = 'cannot_be_verified')::int AS cannot_be_verified
      FROM answered GROUP BY creditor_id, currency),
  -- One row per creditor and currency of its debts (nearly always one): money is never added across them.
  pairs AS (SELECT creditor_id, currency FROM kinds UNION SELECT creditor_id, currency FROM disputes)
  SELECT r.id AS "creditorId", r.name, x.currency,
         (SELECT jsonb_agg(jsonb_build_object('kind', k.kind, 'submitted', k.submitted, 'accepted', k.accepted,
                                              'rejected', k.rejected))
            FROM kinds k WHERE k.creditor_id = r.id AND k.currency = x.currency) AS "byKind",
         a.median_days AS "medianDays", a.average_waived AS "averageWaivedFen", a.total AS "agreedFen",
         jsonb_build_object('answered', q.answered, 'corrected', q.corrected, 'noErrorFound', q.no_error_found,
                            'cannotBeVerified', q.cannot_be_verified) AS disputes
    FROM pairs x ${joinCreditor('r', 'x.creditor_id')}
    LEFT JOIN agreed a ON a.creditor_id = x.creditor_id AND a.currency = x.currency
    LEFT JOIN disputes q ON q.creditor_id = x.creditor_id AND q.currency = x.currency
   ORDER BY r.name, r.id, x.currency`;

/**
 * What the firm learns about each creditor: how often each kind of proposal is accepted, how long
 * agreement takes from the first proposal on a debt, how much penalty interest they waive.
 */
@Injectable()
export class CreditorReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal, query: ReportQuery): Promise<CreditorReport> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const period = reportPeriod(query, now, settings.timeZone);
    const teamId = await teamInScope(this.db, principal, query.teamId);
    const rows: CreditorRow[] = await this.db.query(CREDITOR_REPORT_SQL, [
      teamId,
      period.start,
      period.end,
      period.from,
      period.to,
    ]);
    return {
      asOf: now.toISOString(),
      period: { from: period.from, to: period.to },
      teamId,
      creditors: rows.map(toReportRow),
    };
  }
}

const rate = (accepted: number, rejected: number) =>
  accepted + rejected === 0 ? null : Math.round((accepted / (accepted + rejected)) * 10_000) / 10_000;

function toReportRow(r: CreditorRow): CreditorReportRow {
  const byKind = PROPOSAL_KINDS.map((kind) => {
    const k = (r.byKind ?? []).find((x) => x.kind === kind) ?? { submitted: 0, accepted: 0, rejected: 0 };
    return {
      kind,
      submitted: k.submitted,
      accepted: k.accepted,
      rejected: k.rejected,
      acceptanceRate: rate(k.accepted, k.rejected),
    };
  });
  const sum = (pick: (k: (typeof byKind)[number]) => number) => byKind.reduce((a, k) => a + pick(k), 0);
  const accepted = sum((k) => k.accepted);
  const rejected = sum((k) => k.rejected);
  return {
    creditorId: r.creditorId,
    name: r.name,
    currency: r.currency,
    byKind,
    submitted: sum((k) => k.submitted),
    accepted,
    rejected,
    acceptanceRate: rate(accepted, rejected),
    medianDaysToAgreement: r.medianDays === null ? null : Number(r.medianDays),
    averagePenaltyWaivedFen: r.averageWaivedFen === null ? null : Number(r.averageWaivedFen),
    agreedFen: Number(r.agreedFen ?? 0),
    disputes: {
      answered: r.disputes?.answered ?? 0,
      corrected: r.disputes?.corrected ?? 0,
      noErrorFound: r.disputes?.noErrorFound ?? 0,
      cannotBeVerified: r.disputes?.cannotBeVerified ?? 0,
    },
  };
}
