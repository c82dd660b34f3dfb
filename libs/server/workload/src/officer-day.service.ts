import { addDays, calendarDateIn, zonedInstant } from '@accord/domain';
import { Clock, type Principal } from '@accord/server-core';
import { ReminderSettingsService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Items of one section of the day: the first ones, and how many there are in all. */
export interface DaySection<T> {
  total: number;
  items: T[];
}

const LIMIT = 50;

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
    const dayStart = zonedInstant(date, '00:00', settings.timeZone);
    const dayEnd = zonedInstant(addDays(date, 1), '00:00', settings.timeZone);
    const me = principal.id;
    const mine = `SELECT c.id, c.reference, cl.full_name FROM cases c JOIN clients cl ON cl.id = c.client_id
                   WHERE c.officer_id = $1 AND c.stage <> 'closed'`;
    const [reminders, followUps, toVerify, overdueDocuments, installments, stale] = await Promise.all([
      this.db.query(
        `WITH mine AS (${mine})
         SELECT r.id, r.kind, r.status, r.due_at AS "dueAt", r.due_at < $2 AS overdue, r.payload,
                m.id AS "caseId", m.reference, m.full_name AS "clientName", count(*) OVER ()::int AS total
           FROM reminders r JOIN mine m ON m.id = r.case_id
          WHERE r.recipient = 'officer' AND r.due_at < $3
            AND (r.status IN ('scheduled', 'failed') OR (r.status = 'sent' AND r.due_at >= $2))
          ORDER BY r.due_at, r.id LIMIT ${LIMIT}`,
        [me, dayStart, dayEnd],
      ),
      this.db.query(
        `WITH mine AS (${mine})
         SELECT k.id, k.next_follow_up_at AS "dueAt", k.next_follow_up_at < $2 AS overdue, k.party, k.channel,
                k.person, k.summary, m.id AS "caseId", m.reference, m.full_name AS "clientName",
                count(*) OVER ()::int AS total
           FROM contacts k JOIN mine m ON m.id = k.case_id
          WHERE k.next_follow_up_at < $3
            AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.case_id = k.case_id AND later.occurred_at > k.occurred_at)
          ORDER BY k.next_follow_up_at, k.id LIMIT ${LIMIT}`,
        [me, dayStart, dayEnd],
      ),
      this.db.query(
        `WITH mine AS (${mine})
         SELECT d.id, d.kind, d.received_at AS "receivedAt", m.id AS "caseId", m.reference, m.full_name AS "clientName",
                count(*) OVER ()::int AS total
           FROM document_requirements d JOIN mine m ON m.id = d.case_id
          WHERE d.status = 'received'
          ORDER BY d.received_at, d.id LIMIT ${LIMIT}`,
        [me],
      ),
      this.db.query(
        `WITH mine AS (${mine})
         SELECT d.id, d.kind, d.status, d.due_on::text AS "dueOn", $2::date - d.due_on AS "daysLate",
                m.id AS "caseId", m.reference, m.full_name AS "clientName", count(*) OVER ()::int AS total
           FROM document_requirements d JOIN mine m ON m.id = d.case_id
          WHERE d.status IN ('requested', 'rejected') AND d.due_on < $2::date
          ORDER BY d.due_on, d.id LIMIT ${LIMIT}`,
        [me, date],
      ),
      // Payments go to the earliest installments first: an installment is unpaid while the plan's
      // payments fall short of the sum of the installments up to it.
      this.db.query(
        `WITH mine AS (${mine}),
         plans AS (SELECT p.id, p.case_id, p.debt_id FROM repayment_plans p JOIN mine m ON m.id = p.case_id),
         paid AS (SELECT y.plan_id, sum(y.amount_fen) AS paid FROM payments y JOIN plans p ON p.id = y.plan_id GROUP BY y.plan_id),
         schedule AS (
           SELECT i.id, i.plan_id, i.number, i.due_date, i.amount_fen,
                  sum(i.amount_fen) OVER (PARTITION BY i.plan_id ORDER BY i.number) AS upto
             FROM installments i JOIN plans p ON p.id = i.plan_id)
         SELECT * FROM (
         SELECT s.id, s.number, s.due_date::text AS "dueDate", s.amount_fen::bigint AS "amountFen",
                least(s.amount_fen, s.upto - coalesce(pd.paid, 0))::bigint AS "owedFen",
                s.due_date < $2::date AS missed, $2::date - s.due_date AS "daysLate",
                s.plan_id AS "planId", m.id AS "caseId", m.reference, m.full_name AS "clientName",
                cr.name AS creditor, count(*) OVER (PARTITION BY s.due_date < $2::date)::int AS total,
                row_number() OVER (PARTITION BY s.due_date < $2::date ORDER BY s.due_date, s.id) AS rank
           FROM schedule s JOIN plans p ON p.id = s.plan_id JOIN mine m ON m.id = p.case_id
           JOIN debts d ON d.id = p.debt_id JOIN creditors cr ON cr.id = d.creditor_id
           LEFT JOIN paid pd ON pd.plan_id = s.plan_id
          WHERE s.upto > coalesce(pd.paid, 0) AND s.due_date < $2::date + 7) ranked
          WHERE rank <= ${LIMIT} ORDER BY "dueDate", id`,
        [me, date],
      ),
      this.db.query(
        `SELECT c.id AS "caseId", c.reference, cl.full_name AS "clientName", c.stage, c.last_activity_at AS "lastActivityAt",
                ($3::date - (c.last_activity_at AT TIME ZONE $4)::date) AS "daysQuiet", count(*) OVER ()::int AS total
           FROM cases c JOIN clients cl ON cl.id = c.client_id
          WHERE c.officer_id = $1 AND c.stage <> 'closed' AND c.last_activity_at < $2::timestamptz
          ORDER BY c.last_activity_at, c.id LIMIT ${LIMIT}`,
        [me, new Date(now.getTime() - settings.staleAfterDays * 86_400_000), date, settings.timeZone],
      ),
    ]);
    const money = <T extends { amountFen: string | number; owedFen: string | number; rank?: unknown }>({
      rank: _rank,
      ...r
    }: T) => ({
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
