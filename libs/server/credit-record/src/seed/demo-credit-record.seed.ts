import type {
  CaseEventKind,
  CreditDisputeGround,
  CreditDisputeOutcome,
  CreditDisputeVenue,
  Market,
} from '@accord/contracts';
import { addDays, addMonthsClamped, disputeAnswerDue, zonedInstant } from '@accord/domain';
import { debtsWithCases, recordPastCaseEvent } from '@accord/server-cases';
import { Clock, type AppConfig } from '@accord/server-core';
import { joinCreditor } from '@accord/server-creditors';
import { documentFilesOfCase } from '@accord/server-documents';
import {
  DigestSources,
  ReminderCases,
  ReminderKindRegistry,
  ReminderSettingsService,
  RemindersService,
} from '@accord/server-reminders';
import type { DataSource, EntityManager } from 'typeorm';
import { CREDIT_RECORD_REMINDER_KINDS } from '../credit-reminder-kinds';
import { CreditReminders } from '../credit-reminders';

interface DemoDebt {
  id: string;
  caseId: string;
  officerId: string;
  stage: string;
  currency: 'CNY' | 'TWD';
  overdueFen: string;
  overdueSince: string | null;
  creditor: string;
  product: string;
  account: string | null;
}

interface DemoEntry {
  debtId: string | null;
  market: Market;
  institution: string;
  accountLast4: string | null;
  product: string;
  status: 'overdue' | 'repaid_after_overdue' | 'written_off' | 'normal';
  overdueFen: number;
  defaultStartedOn: string | null;
  repaidOn: string | null;
  displayRuleCode: string | null;
  note: string | null;
}

interface DemoDispute {
  grounds: CreditDisputeGround[];
  explanation: string;
  venue: CreditDisputeVenue;
  filedOn: string;
  answer: { on: string; outcome: CreditDisputeOutcome; note: string } | null;
}

const TZ_TIME = '10:00';

/** The small Huabei overdue of 2023 that the one-off relief of 2025-12-22 covers: repaid before 2026-03-31. */
export const DEMO_RELIEF_ENTRY = {
  institution: '花唄（重慶螞蟻消費金融）',
  accountLast4: '0731',
  product: 'huabei',
  overdueFen: 86_000,
  defaultStartedOn: '2023-05-02',
  repaidOn: '2026-02-15',
} as const;

/**
 * The demo firm's credit records, read from the clients' reports: for a case in the credit-record stage
 * (its plans paid off), a mainland case repaying, one agreed and a Taiwan one repaying. One entry is the
 * small Huabei overdue the 2025 relief covers; the disputes show one waiting for its answer (filed 12 days
 * ago, its reminders scheduled by the feature's own reminder code), one corrected, one where the agency
 * found no error. Evidence is the case's own verified papers. Seeds only while no entry exists.
 */
export async function seedDemoCreditRecord(
  db: DataSource,
  config: AppConfig,
  today: string,
): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM credit_report_entries`);
    if (count > 0) return { seeded: false };
    const debts: DemoDebt[] = await manager.query(
      `SELECT d.id, d.case_id AS "caseId", c.officer_id AS "officerId", c.stage, d.currency,
              d.overdue_fen AS "overdueFen", d.overdue_since::text AS "overdueSince", r.name AS creditor, r.product,
              d.account_reference_masked AS account
         FROM ${debtsWithCases('d', 'c')} ${joinCreditor('r', 'd.creditor_id')}
        WHERE c.stage IN ('agreed', 'repaying', 'credit_repair') AND d.status = 'open'
        ORDER BY c.reference, d.id`,
    );
    const cases = new Map<string, DemoDebt[]>();
    for (const d of debts) cases.set(d.caseId, [...(cases.get(d.caseId) ?? []), d]);
    const all = [...cases.values()];
    const mainland = (stage: string) =>
      all.find((ds) => ds[0].stage === stage && ds.every((d) => d.currency === 'CNY'));
    const repair = mainland('credit_repair');
    const repaying = mainland('repaying');
    const agreed = mainland('agreed');
    const taiwan = all.find((ds) => ds[0].stage === 'repaying' && ds.every((d) => d.currency === 'TWD'));
    if (!repair && !repaying && !agreed && !taiwan) return { seeded: false };

    const reminders = creditReminders(db, config);
    const seed = new DemoCreditRecord(manager, reminders, config.FIRM_TIME_ZONE, today);

    if (repair) {
      // The plans were paid off about two months ago; the report still showed one as overdue.
      const paidOff = addMonthsClamped(today, -2);
      const ids = await seed.entries(
        repair,
        repair.map((d, i) =>
          fromDebt(d, i === 0 ? 'overdue' : 'repaid_after_overdue', i === 0 ? null : paidOff),
        ),
      );
      const relief = await seed.entries(repair, [
        {
          ...DEMO_RELIEF_ENTRY,
          debtId: null,
          market: 'CN',
          status: 'repaid_after_overdue',
          displayRuleCode: null,
          note: '客戶失業期間的花唄小額逾期，已自行還清；屬 2025-12-22 一次性信用救濟範圍，自動不再展示，無須申請、不收費。',
        },
      ]);
      await seed.dispute(repair, ids[0], {
        grounds: ['already_repaid'],
        explanation: `此帳戶已依協商分期方案於 ${paidOff} 全數清償，信用報告仍顯示「逾期中」，請報送機構更新還款狀態。`,
        venue: 'lender',
        filedOn: addDays(today, -12),
        answer: null,
      });
      const second = ids[1] ?? relief[0];
      await seed.dispute(repair, second, {
        grounds: ['wrong_amount'],
        explanation: '報告上的逾期金額含已減免的罰息，高於債權人書面確認的逾期本金，請依確認書更正金額。',
        venue: 'credit_reference_centre',
        filedOn: addDays(today, -55),
        answer: {
          on: addDays(today, -38),
          outcome: 'corrected',
          note: '徵信中心書面回覆：報送機構已更正逾期金額；逾期紀錄本身依規定保留。',
        },
      });
    }
    if (repaying) {
      const ids = await seed.entries(repaying, [
        ...repaying.map((d) => fromDebt(d, 'overdue', null)),
        {
          debtId: null,
          market: 'CN',
          institution: '中國工商銀行',
          accountLast4: '2290',
          product: 'credit_card',
          status: 'normal',
          overdueFen: 0,
          defaultStartedOn: null,
          repaidOn: null,
          displayRuleCode: null,
          note: '按期繳款，無逾期紀錄。',
        },
      ]);
      const first = repaying[0];
      await seed.dispute(repaying, ids[0], {
        grounds: ['wrong_dates'],
        explanation: `客戶記得首次逾期晚於報告所載的 ${first.overdueSince ?? '日期'}，請查核逾期起始日。`,
        venue: 'credit_reference_centre',
        filedOn: addDays(today, -48),
        answer: {
          on: addDays(today, -30),
          outcome: 'no_error_found',
          note: '徵信中心書面回覆：經向報送機構查核，逾期起始日正確，紀錄維持原狀。',
        },
      });
    }
    if (agreed)
      await seed.entries(
        agreed,
        agreed.map((d) => fromDebt(d, 'overdue', null)),
      );
    if (taiwan)
      await seed.entries(
        taiwan,
        taiwan.map((d, i) => {
          // 聯徵's periods are data: a card paid late, a card written off, a loan overdue each follow their own.
          const status = i === 0 ? 'overdue' : 'written_off';
          const card = d.product === 'credit_card';
          return {
            ...fromDebt(d, status, null),
            displayRuleCode: !card
              ? 'jcic_loan_overdue'
              : status === 'overdue'
                ? 'jcic_card_late'
                : 'jcic_card_written_off',
          };
        }),
      );
    return { seeded: true };
  });
}

/** An entry read from the report for a debt of the case: the lender's name, the debt's dates and amount. */
function fromDebt(d: DemoDebt, status: DemoEntry['status'], repaidOn: string | null): DemoEntry {
  const market: Market = d.currency === 'TWD' ? 'TW' : 'CN';
  return {
    debtId: d.id,
    market,
    institution: d.creditor.slice(0, 100),
    accountLast4: d.account?.match(/(\d{4})$/)?.[1] ?? null,
    product: d.product,
    status,
    overdueFen: Number(d.overdueFen),
    defaultStartedOn: d.overdueSince,
    repaidOn,
    displayRuleCode: market === 'TW' ? 'jcic_loan_overdue' : null,
    note: null,
  };
}

/** The credit record's reminder code as the API wires it, writing rows only (the worker queues them). */
function creditReminders(db: DataSource, config: AppConfig): CreditReminders {
  const clock = new Clock();
  const cases = new ReminderCases();
  const kinds = new ReminderKindRegistry(new DigestSources(cases));
  kinds.registerAll(CREDIT_RECORD_REMINDER_KINDS);
  // Inside a transaction the service only notes what to queue after commit; nothing here is queued.
  const reminders = new RemindersService(db, undefined as never, clock, kinds, cases);
  return new CreditReminders(reminders, new ReminderSettingsService(db, config), clock);
}

class DemoCreditRecord {
  constructor(
    private readonly manager: EntityManager,
    private readonly reminders: CreditReminders,
    private readonly timeZone: string,
    private readonly today: string,
  ) {}

  private at(day: string, time = TZ_TIME): Date {
    return zonedInstant(day, time, this.timeZone);
  }

  /** Entries the officer read from the report a few weeks ago; answers their ids in order. */
  async entries(debts: DemoDebt[], entries: DemoEntry[]): Promise<string[]> {
    const { caseId, officerId } = debts[0];
    const readOn = addDays(this.today, -70);
    const ids: string[] = [];
    for (const e of entries) {
      const [{ id }] = await this.manager.query(
        `INSERT INTO credit_report_entries (case_id, debt_id, market, institution, account_last4, product, status, overdue_fen,
                default_started_on, repaid_on, display_rule_code, note, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id`,
        [
          caseId,
          e.debtId,
          e.market,
          e.institution,
          e.accountLast4,
          e.product,
          e.status,
          e.overdueFen,
          e.defaultStartedOn,
          e.repaidOn,
          e.displayRuleCode,
          e.note,
          officerId,
          this.at(readOn),
        ],
      );
      await recordPastCaseEvent(
        this.manager,
        caseId,
        officerId,
        'credit_entry.recorded',
        { entryId: id, institution: e.institution, accountLast4: e.accountLast4, status: e.status },
        this.at(readOn),
      );
      ids.push(id);
    }
    return ids;
  }

  /** A dispute prepared with the case's papers as evidence, filed, and answered if `answer` says so. */
  async dispute(debts: DemoDebt[], entryId: string, d: DemoDispute): Promise<void> {
    const { caseId, officerId } = debts[0];
    const files = await documentFilesOfCase(this.manager, caseId);
    const wanted = ['debt_statement', 'bank_statements', 'service_agreement', 'power_of_attorney'];
    const evidence = files.filter((f) => wanted.includes(f.kind)).slice(0, 2);
    if (!evidence.length && files.length) evidence.push(files[0]);
    const preparedOn = addDays(d.filedOn, -2);
    const [{ id }] = await this.manager.query(
      `INSERT INTO credit_disputes (entry_id, case_id, grounds, explanation, venue, status, filed_on, answer_due_on,
              answered_on, outcome, answer_note, created_by, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        entryId,
        caseId,
        d.grounds,
        d.explanation,
        d.venue,
        d.answer ? 'answered' : 'filed',
        d.filedOn,
        disputeAnswerDue(d.filedOn),
        d.answer?.on ?? null,
        d.answer?.outcome ?? null,
        d.answer?.note ?? null,
        officerId,
        this.at(preparedOn),
        this.at(d.answer?.on ?? d.filedOn, '16:00'),
        d.answer ? 3 : 2,
      ],
    );
    if (evidence.length)
      await this.manager.query(
        `INSERT INTO credit_dispute_evidence (dispute_id, file_id) SELECT $1, unnest($2::uuid[])`,
        [id, evidence.map((f) => f.id)],
      );
    const [{ institution }] = await this.manager.query(
      `SELECT institution FROM credit_report_entries WHERE id = $1`,
      [entryId],
    );
    const events: [CaseEventKind, Record<string, unknown>, Date][] = [
      ['credit_dispute.prepared', { disputeId: id, institution, grounds: d.grounds }, this.at(preparedOn)],
      [
        'credit_dispute.filed',
        { disputeId: id, institution, filedOn: d.filedOn, answerDueOn: disputeAnswerDue(d.filedOn) },
        this.at(d.filedOn, '15:00'),
      ],
    ];
    if (d.answer)
      events.push([
        'credit_dispute.answered',
        { disputeId: id, institution, outcome: d.answer.outcome, answeredOn: d.answer.on },
        this.at(d.answer.on, '16:00'),
      ]);
    for (const [kind, details, at] of events)
      await recordPastCaseEvent(this.manager, caseId, officerId, kind, details, at);
    // As the service does after every step: the reminders the dispute calls for now (none once answered).
    await this.reminders.syncDispute(this.manager, {
      id,
      caseId,
      status: d.answer ? 'answered' : 'filed',
      filedOn: d.filedOn,
      institution,
    });
  }
}
