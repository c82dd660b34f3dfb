import type {
  CaseEventKind,
  CaseStage,
  CourtAttendee,
  CourtDeadlineKind,
  CourtDeadlineOutcome,
  CourtEventKind,
  CourtMatterKind,
  CreditorDemandKind,
  Currency,
} from '@accord/contracts';
import {
  addDays,
  addMonthsClamped,
  courtDeadline,
  courtPeriod,
  LITIGATION_RISK_RULES,
  rollToWorkingDay,
  zonedInstant,
  type CourtCalendar,
  type PeriodTrigger,
} from '@accord/domain';
import { debtsWithCases, recordPastCaseEvent } from '@accord/server-cases';
import { joinClient } from '@accord/server-clients';
import { Clock, type AppConfig } from '@accord/server-core';
import { joinCreditor } from '@accord/server-creditors';
import {
  DigestSources,
  ReminderCases,
  ReminderKindRegistry,
  ReminderSettingsService,
  RemindersService,
} from '@accord/server-reminders';
import { activeOfficersByEmail } from '@accord/server-users';
import type { DataSource, EntityManager } from 'typeorm';
import { CourtCalendarService } from '../court-calendar.service';
import { COURT_REMINDER_KINDS } from '../court-reminder-kinds';
import { CourtReminders } from '../court-reminders';
import { readEvents } from '../court.reads';

/**
 * Days of the firm's court calendar for 2027, entered as an admin would, named as the firm's own entries.
 * 元旦 (Fri 1 January), 除夕 (Fri 5 February) and 初三 (Mon 8 February) are days off on both sides of the
 * strait; the make-up Saturday is a placeholder until the State Council publishes the year's 調休.
 */
export const DEMO_COURT_CALENDAR_DAYS = [
  { day: '2027-01-01', working: false, name: '元旦（本所登錄）' },
  { day: '2027-02-05', working: false, name: '除夕（本所登錄）' },
  { day: '2027-02-08', working: false, name: '春節 初三（本所登錄）' },
  { day: '2027-02-20', working: true, name: '春節調休補班（本所示範資料，請依國務院公告核對）' },
] as const;

const OFFICER = {
  wang: 'officer.wang@accord.test',
  huang: 'officer.huang@accord.test',
  wu: 'officer.wu@accord.test',
} as const;

/** Where mainland lenders sue, by product: card centres at their seat, Ant and online lenders at internet courts. */
const MAINLAND_COURTS: Record<string, { court: string; code: string; room: string }> = {
  credit_card: { court: '上海市浦東新區人民法院', code: '滬0115', room: '第二十一法庭' },
  huabei: { court: '杭州互聯網法院', code: '浙0192', room: '線上庭審（電子訴訟平台）' },
  jiebei: { court: '杭州互聯網法院', code: '浙0192', room: '線上庭審（電子訴訟平台）' },
  consumer_loan: { court: '深圳前海合作區人民法院', code: '粵0391', room: '第五法庭' },
  online_loan: { court: '北京互聯網法院', code: '京0491', room: '線上庭審（電子訴訟平台）' },
};

/** Who sues for a catalog creditor: the lending company behind the product's brand. */
const CLAIMANTS: Record<string, string> = {
  支付寶花唄: '重慶螞蟻消費金融有限公司',
  支付寶借唄: '重慶螞蟻消費金融有限公司',
  微粒貸: '深圳前海微眾銀行股份有限公司',
  美團月付: '重慶美團三快小額貸款有限公司',
};
const claimantOf = (creditor: string) =>
  CLAIMANTS[creditor] ?? creditor.replace(/信用卡$/, '股份有限公司信用卡中心');

interface DemoDebt {
  id: string;
  currency: Currency;
  principalFen: number;
  outstandingFen: number;
  creditor: string;
  product: string;
}

interface DemoCase {
  id: string;
  officerId: string;
  stage: CaseStage;
  openedOn: string;
  clientName: string;
  address: string;
  debts: DemoDebt[];
}

interface DemoMatter {
  id: string;
  caseId: string;
  kind: CourtMatterKind;
  court: string;
  caseNumber: string | null;
  currency: Currency;
  officerId: string;
  openedOn: string;
}

interface DemoEvent {
  kind: CourtEventKind;
  occursOn: string;
  /** The day the officer entered it (never before the case was opened, never after today). */
  recordedOn: string;
  startsAt?: string;
  room?: string;
  attendees?: CourtAttendee[];
  servedOn?: string;
  amountFen?: number;
  untilOn?: string;
  note?: string;
}

interface Completion {
  on: string;
  outcome: CourtDeadlineOutcome;
  note: string;
}

/**
 * The demo firm's court work, counted from `today`: for officer.wang, a mainland client sued on a Huabei or
 * card debt (summons received, answer deadline running, hearing next week) and a Taiwan client in 更生 after a
 * failed 前置協商 (hearing next week); for officer.huang, a client who arrived sued (answer filed, hearing
 * next week) and a judgment served a few days ago (appeal deadline running); for officer.wu, an enforcement
 * with a consumption limit and the defaulter list, and a client sued by an online lender (answer deadline
 * running, hearing next week). A card over the Art. 196 line carries two collection notices, the second a
 * month ago. Deadlines are worked out by the statutory periods on the firm's court calendar (a few 2027 days
 * seeded first) and every event's reminders are written by the feature's own reminder code. Seeds only
 * while no court matter exists.
 */
export async function seedDemoCourt(
  db: DataSource,
  config: AppConfig,
  today: string,
): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM court_matters`);
    if (count > 0) return { seeded: false };
    const officers = new Map(
      (await activeOfficersByEmail(manager, Object.values(OFFICER))).map((o) => [o.email, o.id]),
    );
    const cases = await demoCases(manager);
    if (!officers.size || !cases.length) return { seeded: false };

    await manager.query(
      `INSERT INTO court_calendar_days (day, working, name)
       SELECT * FROM unnest($1::date[], $2::boolean[], $3::text[]) ON CONFLICT (day) DO NOTHING`,
      [
        DEMO_COURT_CALENDAR_DAYS.map((d) => d.day),
        DEMO_COURT_CALENDAR_DAYS.map((d) => d.working),
        DEMO_COURT_CALENDAR_DAYS.map((d) => d.name),
      ],
    );
    // The days deadlines are counted on, read as the feature reads them (the calendar may hold an admin's days too).
    const calendar = await new CourtCalendarService(db, undefined as never).calendar(manager);
    const seed = new DemoCourt(manager, courtReminders(db, config), calendar, config.FIRM_TIME_ZONE, today);
    const picker = new CasePicker(cases);
    const mainland = (c: DemoCase) => c.debts.every((d) => d.currency === 'CNY');
    const sueable = (c: DemoCase) => mainland(c) && c.debts.some((d) => MAINLAND_COURTS[d.product]);
    const working: CaseStage[] = ['negotiating', 'creditor_contact', 'documents'];
    const arriving: CaseStage[] = ['intake', 'documents', 'creditor_contact'];

    const art196 = picker.art196Card();
    const wang = officers.get(OFFICER.wang);
    const huang = officers.get(OFFICER.huang);
    const wu = officers.get(OFFICER.wu);
    const sued = picker.pick(wang, working, (c) =>
      c.debts.some((d) => d.currency === 'CNY' && ['huabei', 'credit_card'].includes(d.product)),
    );
    const rehabilitating = picker.pick(wang, [...working, 'intake'], (c) =>
      c.debts.every((d) => d.currency === 'TWD'),
    );
    const arrivedSued = picker.pick(huang, arriving, sueable);
    const judged = picker.pick(huang, working, sueable);
    const enforced = picker.pick(wu, working, sueable);
    const suedOnline = picker.pick(wu, arriving, sueable);

    // Hearings Tuesday to Thursday of next week, so each is within the coming two weeks even when a day off
    // moves it. The papers came on a Monday, 17 days before: the answer period ends on the Tuesday before.
    if (sued)
      await seed.suedWithHearing(sued, {
        prefer: ['huabei', 'credit_card'],
        weekday: 4,
        servedBefore: 17,
        startsAt: '09:30',
      });
    if (rehabilitating) await seed.rehabilitation(rehabilitating);
    if (arrivedSued)
      await seed.suedWithHearing(arrivedSued, {
        prefer: ['credit_card'],
        weekday: 3,
        servedBefore: 23,
        startsAt: '10:00',
        answered: true,
      });
    if (judged) await seed.judgmentServed(judged, ['consumer_loan', 'online_loan', 'jiebei']);
    if (enforced) await seed.enforcement(enforced, ['credit_card']);
    if (suedOnline)
      await seed.suedWithHearing(suedOnline, {
        prefer: ['online_loan', 'consumer_loan', 'jiebei'],
        weekday: 4,
        servedBefore: 17,
        startsAt: '14:00',
      });
    if (art196) await seed.collectionNotices(art196.c, art196.d);
    return { seeded: seed.matters > 0 || art196 !== undefined };
  });
}

/** Every open case whose client consented (court work past intake needs it), with its open debts. */
async function demoCases(manager: EntityManager): Promise<DemoCase[]> {
  const rows: (Omit<DemoCase, 'debts' | 'id'> & DemoDebt & { caseId: string })[] = await manager.query(
    `SELECT c.id AS "caseId", c.officer_id AS "officerId", c.stage, c.opened_on::text AS "openedOn",
            cl.full_name AS "clientName", cl.address, d.id, d.currency, d.principal_fen::float8 AS "principalFen",
            d.outstanding_fen::float8 AS "outstandingFen", r.name AS creditor, r.product
       FROM ${debtsWithCases('d', 'c')} ${joinCreditor('r', 'd.creditor_id')} ${joinClient('cl', 'c.client_id')}
      WHERE c.stage <> 'closed' AND d.status = 'open'
        AND cl.consent_at IS NOT NULL AND cl.consent_withdrawn_at IS NULL AND cardinality(cl.consent_purposes) > 0
      ORDER BY c.reference, d.outstanding_fen DESC, d.id`,
  );
  const cases = new Map<string, DemoCase>();
  for (const { caseId, officerId, stage, openedOn, clientName, address, ...debt } of rows) {
    const c = cases.get(caseId) ?? { id: caseId, officerId, stage, openedOn, clientName, address, debts: [] };
    c.debts.push(debt);
    cases.set(caseId, c);
  }
  return [...cases.values()];
}

/** Picks each scenario a case of its own: the officer's first in the order of the stages given. */
class CasePicker {
  private readonly used = new Set<string>();

  constructor(private readonly cases: readonly DemoCase[]) {}

  pick(
    officerId: string | undefined,
    stages: readonly CaseStage[],
    fits: (c: DemoCase) => boolean,
  ): DemoCase | undefined {
    if (!officerId) return undefined;
    for (const stage of stages) {
      const found = this.cases.find(
        (c) => c.officerId === officerId && c.stage === stage && !this.used.has(c.id) && fits(c),
      );
      if (found) {
        this.used.add(found.id);
        return found;
      }
    }
    return undefined;
  }

  /** A mainland card whose unpaid principal is at or over the Art. 196 line, not at court. */
  art196Card(): { c: DemoCase; d: DemoDebt } | undefined {
    const line = LITIGATION_RISK_RULES.art196;
    for (const c of this.cases) {
      const d = c.debts.find(
        (x) =>
          x.product === 'credit_card' &&
          x.currency === line.currency &&
          Math.min(x.principalFen, x.outstandingFen) >= line.lineFen,
      );
      if (d && !this.used.has(c.id)) {
        this.used.add(c.id);
        return { c, d };
      }
    }
    return undefined;
  }
}

/** The court's reminder code as the API wires it, writing rows only (the worker queues them). */
function courtReminders(db: DataSource, config: AppConfig): CourtReminders {
  const clock = new Clock();
  const cases = new ReminderCases();
  const kinds = new ReminderKindRegistry(new DigestSources(cases));
  kinds.registerAll(COURT_REMINDER_KINDS);
  // Inside a transaction the service only notes what to queue after commit; nothing here is queued.
  const reminders = new RemindersService(db, undefined as never, clock, kinds, cases);
  return new CourtReminders(reminders, new ReminderSettingsService(db, config), clock);
}

const DEADLINE_OF: Record<PeriodTrigger, CourtDeadlineKind> = {
  summons: 'answer_deadline',
  judgment: 'appeal_deadline',
  ruling: 'appeal_deadline',
};

class DemoCourt {
  matters = 0;
  private readonly now = new Date();

  constructor(
    private readonly manager: EntityManager,
    private readonly reminders: CourtReminders,
    private readonly calendar: CourtCalendar,
    private readonly timeZone: string,
    private readonly today: string,
  ) {}

  /** A moment of the firm's day, never after now (what is entered today was entered this morning at the latest). */
  private at(day: string, time = '16:00'): Date {
    const instant = zonedInstant(day, time, this.timeZone);
    return instant > this.now ? this.now : instant;
  }

  /** The weekday (1 Monday … 5 Friday) of next week, moved past the court's days off. */
  private nextWeek(weekday: number): string {
    const todayWeekday = new Date(`${this.today}T00:00:00Z`).getUTCDay() || 7;
    return rollToWorkingDay(addDays(this.today, 7 - todayWeekday + weekday), this.calendar);
  }

  private workingDay(day: string): string {
    return rollToWorkingDay(day, this.calendar);
  }

  /** A case number that reads like the court's: year, court code, docket, a serial of the demo's own. */
  private number(court: { code: string }, year: string, docket: string): string {
    return `(${year})${court.code}${docket}${10_000 + (((this.matters + 1) * 7_919 + 2_357) % 80_000)}號`;
  }

  /**
   * A creditor's lawsuit: the papers served on `summonsOn` (the summons with the hearing's day), the answer
   * deadline worked out from them, filed or still running, and the hearing the officer attends with the client.
   */
  async suedWithHearing(
    c: DemoCase,
    plan: {
      prefer: readonly string[];
      weekday: number;
      servedBefore: number;
      startsAt: string;
      answered?: boolean;
    },
  ): Promise<void> {
    const debt = suedDebt(c, plan.prefer);
    const court = MAINLAND_COURTS[debt.product];
    const hearingOn = this.nextWeek(plan.weekday);
    const summonsOn = addDays(hearingOn, -plan.servedBefore);
    const matter = await this.matter(c, {
      kind: 'lawsuit',
      court: court.court,
      caseNumber: this.number(court, summonsOn.slice(0, 4), '民初'),
      claimant: claimantOf(debt.creditor),
      claimedFen: debt.outstandingFen,
      debts: [debt],
      recordedOn: summonsOn,
      note: '債權人請求給付欠款本金、利息及違約金。客戶對本金無爭議，對違約金與利息的計算有異議；本所同時與債權人洽談庭外和解分期。',
    });
    await this.served(
      matter,
      {
        kind: 'summons_received',
        occursOn: summonsOn,
        recordedOn: summonsOn,
        note: '起訴狀副本、應訴通知書、舉證通知書及開庭傳票一併送達。',
      },
      plan.answered
        ? {
            on: addDays(summonsOn, 11),
            outcome: 'filed',
            note: '已提交答辯狀：主張違約金過高請求酌減，並附收入證明及協商紀錄。',
          }
        : null,
    );
    await this.event(matter, {
      kind: 'hearing',
      occursOn: hearingOn,
      recordedOn: summonsOn,
      startsAt: plan.startsAt,
      room: court.room,
      attendees: ['officer', 'client'],
      note: '承辦人陪同客戶出庭；備妥收入證明、協商紀錄及分期還款方案，當庭爭取調解。',
    });
  }

  /** A judgment served a few days ago after a hearing held last month: its appeal deadline is running. */
  async judgmentServed(c: DemoCase, prefer: readonly string[]): Promise<void> {
    const debt = suedDebt(c, prefer);
    const court = MAINLAND_COURTS[debt.product];
    const summonsOn = addDays(this.today, -70);
    const matter = await this.matter(c, {
      kind: 'lawsuit',
      court: court.court,
      caseNumber: this.number(court, summonsOn.slice(0, 4), '民初'),
      claimant: claimantOf(debt.creditor),
      claimedFen: debt.outstandingFen,
      debts: [debt],
      recordedOn: summonsOn,
      note: '債權人請求給付欠款本金、利息及違約金；已開庭審理並判決。',
    });
    await this.served(
      matter,
      {
        kind: 'summons_received',
        occursOn: summonsOn,
        recordedOn: summonsOn,
        note: '起訴狀副本、應訴通知書及開庭傳票一併送達。',
      },
      { on: addDays(summonsOn, 10), outcome: 'filed', note: '已提交答辯狀，請求酌減違約金。' },
    );
    await this.event(matter, {
      kind: 'hearing',
      occursOn: this.workingDay(addDays(this.today, -40)),
      recordedOn: summonsOn,
      startsAt: '14:00',
      room: court.room,
      attendees: ['officer', 'client'],
      note: '承辦人陪同客戶出庭，客戶當庭說明失業期間收入中斷及協商經過。',
    });
    // Served six days ago: the appeal period's last day falls within the coming two weeks, holidays or not.
    const servedOn = addDays(this.today, -6);
    await this.served(matter, {
      kind: 'judgment',
      occursOn: addDays(servedOn, -8),
      servedOn,
      recordedOn: servedOn,
      amountFen: Math.round(debt.outstandingFen * 0.94),
      note: '判決客戶給付本金及利息；違約金過高部分經法院酌減，訴訟費由客戶負擔。客戶考慮是否上訴，承辦人已說明上訴期限。',
    });
  }

  /**
   * A judgment the client did not appeal, now enforced (執行): the court limits the client's consumption and
   * put them on the defaulter list for two years. The client came to the firm with these papers.
   */
  async enforcement(c: DemoCase, prefer: readonly string[]): Promise<void> {
    const debt = suedDebt(c, prefer);
    const court = MAINLAND_COURTS[debt.product];
    const servedOn = addDays(this.today, -193);
    const judgedOn = addDays(servedOn, -7);
    const amountFen = Math.round(debt.outstandingFen * 0.97);
    const enforcedOn = addDays(this.today, -150);
    const matter = await this.matter(c, {
      kind: 'lawsuit',
      court: court.court,
      caseNumber: this.number(court, judgedOn.slice(0, 4), '民初'),
      claimant: claimantOf(debt.creditor),
      claimedFen: debt.outstandingFen,
      debts: [debt],
      recordedOn: servedOn,
      note: `判決確定後債權人聲請強制執行，執行案號 (${enforcedOn.slice(0, 4)})${court.code}執${3_000 + ((this.matters * 7_919) % 6_000)}號。本所協助客戶與申請執行人洽談執行和解（分期履行），履行後可申請解除限制消費及刪除失信資訊。`,
    });
    await this.served(
      matter,
      {
        kind: 'judgment',
        occursOn: judgedOn,
        servedOn,
        recordedOn: servedOn,
        amountFen,
        note: '判決客戶給付本金、利息及違約金，訴訟費由客戶負擔。',
      },
      {
        on: addDays(servedOn, 14),
        outcome: 'not_filed',
        note: '客戶對判決金額無爭議，決定不上訴。',
      },
    );
    await this.event(matter, {
      kind: 'enforcement',
      occursOn: enforcedOn,
      recordedOn: enforcedOn,
      amountFen,
      note: '執行通知書及報告財產令送達；法院已查詢並凍結客戶名下銀行帳戶。',
    });
    await this.event(matter, {
      kind: 'consumption_limit',
      occursOn: addDays(enforcedOn, 10),
      recordedOn: addDays(enforcedOn, 10),
      note: '限制消費令：不得乘坐飛機、列車軟臥、高鐵二等座以上座位，不得在星級以上賓館、高消費場所消費。',
    });
    const listedOn = addDays(enforcedOn, 30);
    await this.event(matter, {
      kind: 'defaulter_list',
      occursOn: listedOn,
      recordedOn: listedOn,
      untilOn: addMonthsClamped(listedOn, 24),
      note: '納入失信被執行人名單，期限二年；全部履行後可申請提前刪除。',
    });
  }

  /**
   * A Taiwan client's own 更生 after the 前置協商 with the largest creditor bank failed: filed five weeks ago
   * at the district court of the client's home, the court hears the client next week.
   */
  async rehabilitation(c: DemoCase): Promise<void> {
    const failedOn = addDays(this.today, -50);
    const filedOn = addDays(this.today, -35);
    const largest = c.debts[0];
    const court = c.address.startsWith('新北市') ? '臺灣新北地方法院' : '臺灣臺北地方法院';
    const matter = await this.matter(c, {
      kind: 'rehabilitation',
      court,
      caseNumber: `${Number(filedOn.slice(0, 4)) - 1911}年度消債更字第${100 + (((this.matters + 1) * 37) % 400)}號`,
      claimant: c.clientName,
      claimedFen: null,
      debts: c.debts,
      recordedOn: filedOn,
      note: `前置協商於 ${failedOn} 在最大債權金融機構（${largest.creditor}）不成立：銀行提出的月付金額超過客戶收入扣除必要生活費用後所能負擔。依消費者債務清理條例於 ${filedOn} 向法院聲請更生，附財產及收入狀況說明書、債權人清冊。`,
    });
    await this.event(matter, {
      kind: 'hearing',
      occursOn: this.nextWeek(2),
      recordedOn: addDays(filedOn, 14),
      startsAt: '14:30',
      room: '民事第十四法庭',
      attendees: ['officer', 'client'],
      note: '法院通知債務人本人到庭陳述財產及收支狀況；請客戶攜帶身分證、近三個月薪資單及存摺影本。',
    });
  }

  /**
   * The bank's two collection notices on a card over the Art. 196 line, more than 30 days apart (only such
   * count): the three months are counting.
   */
  async collectionNotices(c: DemoCase, debt: DemoDebt): Promise<void> {
    const notices: [string, string][] = [
      [
        addDays(addMonthsClamped(this.today, -2), -5),
        `${claimantOf(debt.creditor)} 寄發催收函（掛號），要求於十日內清償全部欠款。`,
      ],
      [
        addDays(addMonthsClamped(this.today, -1), -2),
        '第二次催收：催收函及電話錄音，告知欠款本金已逾五萬元，逾期不還將依法追訴。',
      ],
    ];
    for (const [receivedOn, note] of notices) {
      const recordedOn = addDays(receivedOn, 1);
      const kind: CreditorDemandKind = 'collection_notice';
      const [{ id }] = await this.manager.query(
        `INSERT INTO creditor_demands (debt_id, case_id, kind, received_on, note, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [debt.id, c.id, kind, receivedOn, note, c.officerId, this.at(recordedOn, '11:00')],
      );
      await this.timeline(
        c.id,
        c.officerId,
        'creditor_demand.recorded',
        { demandId: id, debtId: debt.id, demandKind: kind, receivedOn },
        this.at(recordedOn, '11:00'),
      );
    }
  }

  private async matter(
    c: DemoCase,
    m: {
      kind: CourtMatterKind;
      court: string;
      caseNumber: string;
      claimant: string;
      claimedFen: number | null;
      debts: DemoDebt[];
      recordedOn: string;
      note: string;
    },
  ): Promise<DemoMatter> {
    const recorded = this.at(recordedOn(c, m.recordedOn), '15:00');
    const currency = m.debts[0].currency;
    const [{ id }] = await this.manager.query(
      `INSERT INTO court_matters (case_id, kind, court, case_number, claimant, claimed_fen, currency, note, created_by,
              created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [
        c.id,
        m.kind,
        m.court,
        m.caseNumber,
        m.claimant,
        m.claimedFen,
        currency,
        m.note,
        c.officerId,
        recorded,
      ],
    );
    await this.manager.query(
      `INSERT INTO court_matter_debts (matter_id, debt_id) SELECT $1, unnest($2::uuid[])`,
      [id, m.debts.map((d) => d.id)],
    );
    await this.timeline(
      c.id,
      c.officerId,
      'court_matter.recorded',
      { matterId: id, matterKind: m.kind, court: m.court },
      recorded,
    );
    this.matters++;
    return {
      id,
      caseId: c.id,
      kind: m.kind,
      court: m.court,
      caseNumber: m.caseNumber,
      currency,
      officerId: c.officerId,
      openedOn: c.openedOn,
    };
  }

  /**
   * A summons or decision served, and the deadline it brings worked out as the service works it out (the
   * statutory period from the service, past the court's days off), met if `completion` says so.
   */
  private async served(
    matter: DemoMatter,
    paper: DemoEvent & { kind: 'summons_received' | 'judgment' | 'ruling' },
    completion: Completion | null = null,
  ): Promise<void> {
    const sourceId = await this.event(matter, paper);
    const trigger: PeriodTrigger = paper.kind === 'summons_received' ? 'summons' : paper.kind;
    const deadline = DEADLINE_OF[trigger];
    const servedOn = paper.kind === 'summons_received' ? paper.occursOn : (paper.servedOn as string);
    const on = courtDeadline(
      courtPeriod(deadline, matter.currency === 'TWD' ? 'TW' : 'CN', trigger, matter.kind),
      servedOn,
      this.calendar,
    );
    if (!on) return;
    await this.event(
      matter,
      { kind: deadline, occursOn: on, recordedOn: paper.recordedOn },
      { countsFrom: sourceId, computedOn: on, completion },
    );
  }

  /** One event with its timeline entries, and its reminders written by the feature's reminder code. */
  private async event(
    matter: DemoMatter,
    e: DemoEvent,
    deadline: { countsFrom: string; computedOn: string; completion: Completion | null } | null = null,
  ): Promise<string> {
    const completion = deadline?.completion ?? null;
    const recorded = this.at(recordedOn(matter, e.recordedOn));
    const completed = completion ? this.at(completion.on, '17:00') : null;
    const [{ id }] = await this.manager.query(
      `INSERT INTO court_events (matter_id, case_id, kind, occurs_on, starts_at, room, attendees, served_on, amount_fen,
              until_on, counts_from, computed_on, completed_on, outcome, completion_note, note, created_by,
              created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
      [
        matter.id,
        matter.caseId,
        e.kind,
        e.occursOn,
        e.startsAt ?? null,
        e.room ?? null,
        e.attendees ?? [],
        e.servedOn ?? null,
        e.amountFen ?? null,
        e.untilOn ?? null,
        deadline?.countsFrom ?? null,
        deadline?.computedOn ?? null,
        completion?.on ?? null,
        completion?.outcome ?? null,
        completion?.note ?? null,
        e.note ?? null,
        matter.officerId,
        recorded,
        completed ?? recorded,
        completion ? 2 : 1,
      ],
    );
    await this.timeline(
      matter.caseId,
      matter.officerId,
      'court_event.recorded',
      { eventId: id, eventKind: e.kind, occursOn: e.occursOn, startsAt: e.startsAt ?? null },
      recorded,
    );
    if (completion && completed)
      await this.timeline(
        matter.caseId,
        matter.officerId,
        'court_deadline.completed',
        { eventId: id, eventKind: e.kind, outcome: completion.outcome, completedOn: completion.on },
        completed,
      );
    // As the service does after every write: the reminders the event calls for now (none once met or past).
    const [view] = await readEvents(this.manager, { id }, this.today);
    await this.reminders.sync(this.manager, view, matter);
    return id;
  }

  private timeline(
    caseId: string,
    officerId: string,
    kind: CaseEventKind,
    details: Record<string, unknown>,
    at: Date,
  ): Promise<void> {
    return recordPastCaseEvent(this.manager, caseId, officerId, kind, details, at);
  }
}

/** The officer enters papers the day they arrive, or the day the client brought them to the firm. */
const recordedOn = (c: { openedOn: string }, day: string) => (day < c.openedOn ? c.openedOn : day);

/** The debt a mainland lender sues on: the largest of the first product preferred, else the largest that a lender sues on. */
function suedDebt(c: DemoCase, prefer: readonly string[]): DemoDebt {
  const sueable = c.debts.filter((d) => MAINLAND_COURTS[d.product]);
  for (const product of prefer) {
    const debt = sueable.find((d) => d.product === product);
    if (debt) return debt;
  }
  return sueable[0];
}
