import {
  addDays,
  calendarDateIn,
  casePolicy,
  isValidTwNationalId,
  LITIGATION_RISK_RULES,
  type ActionDetails,
} from '@accord/domain';
import { CasePolicyService, seedDemoCases } from '@accord/server-cases';
import { DEMO_COURT_CALENDAR_DAYS, seedDemoCourt } from '@accord/server-court';
import { DEMO_RELIEF_ENTRY, seedDemoCreditRecord } from '@accord/server-credit-record';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { FieldCipher, OBJECT_STORAGE, type ObjectStorage } from '@accord/server-core';
import { seedDemoChecklists, seedDemoFiles, seedDocumentTemplates } from '@accord/server-documents';
import { seedDemoContacts, seedDemoPlans, seedDemoStatements } from '@accord/server-negotiation';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoUsers } from '@accord/server-users';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG, type AppConfig } from '@accord/server-core';
import { seedDemoReminders } from '../../apps/api/src/seed/demo-reminders.seed';
import { useApiApp } from './support/api-app';

const storageDir = mkdtempSync(join(tmpdir(), 'accord-seed-'));
const api = useApiApp('seed', { STORAGE_DIR: storageDir });
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
let db: DataSource;

beforeAll(async () => {
  db = api.app.get(DataSource);
});

describe('the demo firm', () => {
  it('seeds 1 admin, 2 managers leading 2 teams and 8 officers, and signs them in', async () => {
    expect(await seedDemoUsers(db)).toEqual({ seeded: true });
    const roles = await db.query(`SELECT role, count(*)::int AS n FROM users GROUP BY role ORDER BY role`);
    expect(roles).toEqual([
      { role: 'admin', n: 1 },
      { role: 'manager', n: 2 },
      { role: 'officer', n: 8 },
    ]);
    const teams = await db.query(`SELECT count(*)::int AS n FROM teams WHERE manager_id IS NOT NULL`);
    expect(teams[0].n).toBe(2);
    for (const login of DEMO_LOGINS.slice(0, 4)) {
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: login.email, password: DEMO_PASSWORD })
        .expect(200);
    }
  });

  it('seeds the creditor catalog and five believable cases per officer, once', async () => {
    const cipher = api.app.get(FieldCipher);
    expect(await seedCreditorCatalog(db)).toEqual({ seeded: true });
    expect(await seedDemoCases(db, cipher, 'Asia/Taipei')).toEqual({ seeded: true });
    expect(await seedDemoUsers(db)).toEqual({ seeded: false });
    expect(await seedCreditorCatalog(db)).toEqual({ seeded: false });
    expect(await seedDemoCases(db, cipher, 'Asia/Taipei')).toEqual({ seeded: false });
    const [{ cases, stages }] = await db.query(
      `SELECT count(*)::int AS cases, count(DISTINCT stage)::int AS stages FROM cases`,
    );
    expect(cases).toBe(40);
    expect(stages).toBeGreaterThanOrEqual(6);
    const inconsistent = await db.query(
      `SELECT c.id FROM cases c LEFT JOIN LATERAL (SELECT coalesce(sum(outstanding_fen), 0) AS s FROM debts d WHERE d.case_id = c.id AND d.status = 'open') t ON true
        WHERE c.total_outstanding_fen <> t.s OR c.open_debt_count = 0`,
    );
    expect(inconsistent).toEqual([]);
    const secrets = await db.query(`SELECT id_number_cipher FROM clients`);
    for (const row of secrets) expect(isValidTwNationalId(cipher.open(row.id_number_cipher))).toBe(true);
  });

  it('seeds statements, plans, payments and receipts consistent with the stage each case is in', async () => {
    const storage = api.app.get<ObjectStorage>(OBJECT_STORAGE);
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    await seedDocumentTemplates(db);
    await seedDemoChecklists(db, today);
    await seedDemoFiles(db, storage);
    expect(await seedDemoStatements(db)).toEqual({ seeded: true });
    expect(await seedDemoPlans(db, storage, today)).toEqual({ seeded: true });
    expect(await seedDemoPlans(db, storage, today)).toEqual({ seeded: false });
    const planned = await db.query(
      `SELECT c.stage, bool_and(p.total_fen <= (SELECT coalesce(sum(amount_fen), 0) FROM payments y WHERE y.plan_id = p.id)) AS paid_off
         FROM cases c JOIN repayment_plans p ON p.case_id = c.id GROUP BY c.stage ORDER BY c.stage`,
    );
    // Plans only where an agreement was reached; repaying ones are under way, not paid off; the case in
    // the credit-record stage paid its plans off; the case closed as withdrawn ended its plan unpaid.
    expect(planned).toEqual([
      { stage: 'agreed', paid_off: false },
      { stage: 'closed', paid_off: false },
      { stage: 'credit_repair', paid_off: true },
      { stage: 'repaying', paid_off: false },
    ]);

    const [receipt] = await db.query(
      `SELECT f.id, u.email FROM payment_proofs f JOIN cases c ON c.id = f.case_id JOIN users u ON u.id = c.officer_id LIMIT 1`,
    );
    const officer = await api
      .http()
      .post('/api/auth/login')
      .send({ email: receipt.email, password: DEMO_PASSWORD })
      .expect(200);
    const download = await api
      .http()
      .get(`/api/payment-proofs/${receipt.id}/content`)
      .set({ Authorization: `Bearer ${officer.body.accessToken}` })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it("measures every statement against the living minimum of the client's city, and some clients fall short", async () => {
    const statements: { case_id: string; region: string | null; address: string; matches: boolean }[] =
      await db.query(
        `SELECT s.case_id, m.region, cl.address, m.currency = s.currency AS matches
           FROM financial_statements s JOIN cases c ON c.id = s.case_id JOIN clients cl ON cl.id = c.client_id
           LEFT JOIN living_minimums m ON m.id = s.living_minimum_id`,
      );
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) {
      expect(s.region, s.address).not.toBeNull();
      expect(s.address.startsWith(s.region as string), s.address).toBe(true);
      expect(s.matches).toBe(true);
    }
    expect(new Set(statements.map((s) => s.region)).size).toBeGreaterThanOrEqual(4);
    const [{ kept }] = await db.query(
      `SELECT count(*)::int AS kept FROM financial_statements WHERE dependants > 0`,
    );
    expect(kept).toBeGreaterThan(0);

    const admin = DEMO_LOGINS.find((l) => l.role === 'admin');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: admin?.email, password: DEMO_PASSWORD })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const answers = [];
    for (const { case_id } of statements) {
      const res = await api.http().get(`/api/cases/${case_id}/affordability`).set(auth).expect(200);
      answers.push(res.body);
    }
    expect(answers.every((a) => a.livingMinimum?.region)).toBe(true);
    // A client who lost their job and keeps children: the floor counts, and the cheapest plan does not fit.
    const short = answers.filter((a) => a.shortfall && !a.shortfall.fits);
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((a) => a.shortfall.shortfallFen > 0)).toBe(true);
    expect(answers.some((a) => a.figures.spendingCounted === 'living_minimum' && !a.shortfall.fits)).toBe(
      true,
    );
    // Most plans still fit: the demo shows a working firm, not one where nothing can be agreed.
    expect(short.length).toBeLessThan(answers.length / 2);
  });

  it('seeds contacts and the reminders their causes call for, some already in the officers’ bells', async () => {
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    const config = api.app.get<AppConfig>(APP_CONFIG);
    expect(await seedDemoContacts(db, today, 'Asia/Taipei')).toEqual({ seeded: true });
    expect(await seedDemoReminders(db, config, today)).toEqual({ seeded: true });
    expect(await seedDemoReminders(db, config, today)).toEqual({ seeded: false });
    const scheduled = await db.query(
      `SELECT subject_type, count(*)::int AS n FROM reminders WHERE status = 'scheduled' AND due_at > now()
        GROUP BY subject_type ORDER BY subject_type`,
    );
    expect(scheduled.map((r: { subject_type: string }) => r.subject_type)).toEqual([
      'contact',
      'document_requirement',
      'installment',
    ]);
    const [{ unread, failed }] = await db.query(
      `SELECT (SELECT count(*)::int FROM notifications WHERE read_at IS NULL) AS unread,
              (SELECT count(*)::int FROM reminder_deliveries WHERE status = 'failed') AS failed`,
    );
    expect(unread).toBeGreaterThan(0);
    expect(failed).toBe(1);
  });

  it('seeds credit records: a relief-eligible entry, a dispute awaiting its answer with its reminders, one corrected, one with no error found; once', async () => {
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const counts = () =>
      db.query(
        `SELECT (SELECT count(*)::int FROM credit_report_entries) AS entries,
                (SELECT count(*)::int FROM credit_disputes) AS disputes,
                (SELECT count(*)::int FROM credit_dispute_evidence) AS evidence,
                (SELECT count(*)::int FROM reminders) AS reminders,
                (SELECT count(*)::int FROM case_events) AS events`,
      );
    expect(await seedDemoCreditRecord(db, config, today)).toEqual({ seeded: true });
    const once = await counts();
    expect(await seedDemoCreditRecord(db, config, today)).toEqual({ seeded: false });
    expect(await counts()).toEqual(once);
    expect(once[0].entries).toBeGreaterThanOrEqual(6);

    const admin = DEMO_LOGINS.find((l) => l.role === 'admin');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: admin?.email, password: DEMO_PASSWORD })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const recorded: { case_id: string; stage: string }[] = await db.query(
      `SELECT DISTINCT e.case_id, c.stage FROM credit_report_entries e JOIN cases c ON c.id = e.case_id ORDER BY c.stage`,
    );
    expect(recorded.map((r) => r.stage)).toEqual(['agreed', 'credit_repair', 'repaying', 'repaying']);
    interface Record {
      entries: {
        market: string;
        currency: string;
        institution: string;
        overdueFen: number;
        relief: { applies: boolean } | null;
      }[];
      disputes: {
        id: string;
        status: string;
        outcome: string | null;
        filedOn: string;
        answerDueOn: string;
        overdue: boolean;
        evidenceFileIds: string[];
      }[];
    }
    const records: Record[] = [];
    for (const { case_id } of recorded)
      records.push((await api.http().get(`/api/cases/${case_id}/credit-record`).set(auth).expect(200)).body);
    const entries = records.flatMap((r) => r.entries);
    const disputes = records.flatMap((r) => r.disputes);
    expect(entries.filter((e) => e.relief?.applies)).toEqual([
      expect.objectContaining({ institution: DEMO_RELIEF_ENTRY.institution, overdueFen: 86_000 }),
    ]);
    expect(entries.some((e) => e.market === 'TW' && e.currency === 'TWD')).toBe(true);
    expect(disputes.map((d) => d.outcome ?? d.status).sort()).toEqual([
      'corrected',
      'filed',
      'no_error_found',
    ]);
    expect(disputes.every((d) => d.evidenceFileIds.length > 0)).toBe(true);
    const waiting = disputes.find((d) => d.status === 'filed');
    expect(waiting).toMatchObject({
      filedOn: addDays(today, -12),
      answerDueOn: addDays(today, 8),
      overdue: false,
    });
    const reminders = await db.query(
      `SELECT kind, recipient, status FROM reminders WHERE subject_type = 'credit_dispute' ORDER BY due_at`,
    );
    expect(reminders).toEqual([
      { kind: 'credit_dispute_due', recipient: 'officer', status: 'scheduled' },
      { kind: 'credit_dispute_due', recipient: 'officer', status: 'scheduled' },
      { kind: 'credit_dispute_overdue', recipient: 'manager', status: 'scheduled' },
    ]);
    // The clients' summaries read in their language, an entry a paragraph, the relief told as automatic and free.
    const said: string[] = [];
    for (const [i, { case_id }] of recorded.entries()) {
      const summary = await api
        .http()
        .get(`/api/cases/${case_id}/credit-record/client-summary`)
        .set(auth)
        .expect(200);
      expect(summary.body.paragraphs).toHaveLength(records[i].entries.length);
      said.push(...summary.body.paragraphs.map((p: { text: string }) => p.text));
    }
    expect(said.filter((t) => t.includes('自動辦理且免費'))).toHaveLength(1);
    expect(said.some((t) => t.includes('經查核紀錄正確，維持原狀'))).toBe(true);
    // Each client whose case disputes consented to it, as the case policy asks.
    const consent = await db.query(
      `SELECT DISTINCT 'credit_dispute' = ANY(cl.consent_purposes) AS consented
         FROM credit_disputes d JOIN cases c ON c.id = d.case_id JOIN clients cl ON cl.id = c.client_id`,
    );
    expect(consent).toEqual([{ consented: true }]);
  });

  it('seeds court work for the officers: hearings next week with their reminders, deadlines running, an enforcement, a 更生 in NT$ and Art. 196 notices; once, by the case policy', async () => {
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const counts = () =>
      db.query(
        `SELECT (SELECT count(*)::int FROM court_matters) AS matters,
                (SELECT count(*)::int FROM court_events) AS events,
                (SELECT count(*)::int FROM creditor_demands) AS demands,
                (SELECT count(*)::int FROM court_calendar_days) AS days,
                (SELECT count(*)::int FROM reminders) AS reminders,
                (SELECT count(*)::int FROM case_events) AS timeline`,
      );
    expect(await seedDemoCourt(db, config, today)).toEqual({ seeded: true });
    const once = await counts();
    expect(await seedDemoCourt(db, config, today)).toEqual({ seeded: false });
    expect(await counts()).toEqual(once);

    const signIn = async (email: string | undefined) => {
      const login = await api
        .http()
        .post('/api/auth/login')
        .send({ email, password: DEMO_PASSWORD })
        .expect(200);
      return { Authorization: `Bearer ${login.body.accessToken}` };
    };
    // Each officer's next two weeks: a sitting, a deadline running, none passed unrecorded.
    for (const officer of ['officer.wang', 'officer.huang', 'officer.wu']) {
      const agenda = await api
        .http()
        .get('/api/court-agenda')
        .query({ days: 14 })
        .set(await signIn(`${officer}@accord.test`))
        .expect(200);
      expect(agenda.body.hearings.length, officer).toBeGreaterThan(0);
      expect(agenda.body.deadlines.length, officer).toBeGreaterThan(0);
      expect(agenda.body.passedDeadlines, officer).toEqual([]);
    }

    interface Event {
      id: string;
      kind: string;
      occursOn: string;
      startsAt: string | null;
      servedOn: string | null;
      untilOn: string | null;
      countsFrom: string | null;
      computedOn: string | null;
      changeReason: string | null;
      completedOn: string | null;
      passed: boolean;
    }
    interface Court {
      matters: {
        id: string;
        caseId: string;
        kind: string;
        court: string;
        caseNumber: string;
        currency: string;
        debtIds: string[];
        events: Event[];
      }[];
      demands: { caseId: string; debtId: string; kind: string; receivedOn: string }[];
      risk: { debts: { debtId: string; reasons: { reason: string; on: string | null }[] }[] };
    }
    const admin = await signIn(DEMO_LOGINS.find((l) => l.role === 'admin')?.email);
    const caseIds: { case_id: string }[] = await db.query(
      `SELECT case_id FROM court_matters UNION SELECT case_id FROM creditor_demands`,
    );
    const views: Court[] = [];
    for (const { case_id } of caseIds)
      views.push((await api.http().get(`/api/cases/${case_id}/court`).set(admin).expect(200)).body);
    const matters = views.flatMap((v) => v.matters);
    const events = matters.flatMap((m) => m.events);
    const soon = addDays(today, 13);
    expect(matters.map((m) => m.kind).sort()).toEqual([
      'lawsuit',
      'lawsuit',
      'lawsuit',
      'lawsuit',
      'lawsuit',
      'rehabilitation',
    ]);
    expect(matters.every((m) => m.caseNumber.endsWith('號'))).toBe(true);

    // Hearings within two weeks, each with its reminders to the staff and the client still to come.
    const hearings = events.filter((e) => e.kind === 'hearing' && e.occursOn >= today && e.occursOn <= soon);
    expect(hearings.length).toBeGreaterThanOrEqual(4);
    for (const hearing of hearings) {
      const reminders: { kind: string; recipient: string }[] = await db.query(
        `SELECT DISTINCT kind, recipient FROM reminders
          WHERE subject_type = 'court_event' AND subject_id = $1 AND status = 'scheduled' AND due_at > now()
          ORDER BY kind, recipient`,
        [hearing.id],
      );
      expect(reminders).toEqual([
        { kind: 'hearing_client', recipient: 'client' },
        { kind: 'hearing_upcoming', recipient: 'manager' },
        { kind: 'hearing_upcoming', recipient: 'officer' },
      ]);
    }
    // A judgment served a few days ago: its appeal deadline 15 days from service (past days off) still runs.
    const judgment = events.find(
      (e) => e.kind === 'judgment' && e.servedOn && e.servedOn > addDays(today, -10),
    );
    const appeal = events.find((e) => e.kind === 'appeal_deadline' && e.countsFrom === judgment?.id);
    expect(appeal).toMatchObject({ completedOn: null, passed: false, computedOn: appeal?.occursOn });
    expect(String(appeal?.occursOn) >= addDays(judgment?.servedOn as string, 15)).toBe(true);
    expect(String(appeal?.occursOn) > today).toBe(true);
    const [{ n: appealReminders }] = await db.query(
      `SELECT count(*)::int AS n FROM reminders WHERE subject_id = $1 AND status = 'scheduled'`,
      [appeal?.id],
    );
    expect(appealReminders).toBeGreaterThan(0);
    // Answer deadlines: worked out from the summons, running or met.
    const answers = events.filter((e) => e.kind === 'answer_deadline');
    expect(answers.length).toBeGreaterThanOrEqual(4);
    expect(answers.some((e) => e.completedOn === null && e.occursOn >= today)).toBe(true);
    expect(answers.some((e) => e.completedOn !== null)).toBe(true);
    // An enforcement with the consumption limit and the defaulter list until a day to come.
    expect(events.filter((e) => e.kind === 'enforcement')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'consumption_limit')).toHaveLength(1);
    const listed = events.find((e) => e.kind === 'defaulter_list');
    expect(listed?.untilOn && listed.untilOn > today).toBe(true);
    // The Taiwan client's 更生, in NT$, heard within two weeks.
    const rehabilitation = matters.find((m) => m.kind === 'rehabilitation');
    expect(rehabilitation).toMatchObject({
      currency: 'TWD',
      court: expect.stringMatching(/^臺灣.+地方法院$/),
    });
    expect(rehabilitation?.events.some((e) => e.kind === 'hearing' && e.occursOn <= soon)).toBe(true);
    // Every matter names debts of its own case, owed in its currency.
    const linked: { matter_case: string; debt_case: string; matches: boolean }[] = await db.query(
      `SELECT m.case_id AS matter_case, d.case_id AS debt_case, d.currency = m.currency AS matches
         FROM court_matters m JOIN court_matter_debts md ON md.matter_id = m.id JOIN debts d ON d.id = md.debt_id`,
    );
    expect(linked.length).toBeGreaterThanOrEqual(matters.length);
    expect(linked.every((l) => l.matter_case === l.debt_case && l.matches)).toBe(true);
    // Two collection notices on a card over the Art. 196 line, the second a month ago: the count runs.
    const demands = views.flatMap((v) => v.demands);
    expect(demands.map((d) => d.kind)).toEqual(['collection_notice', 'collection_notice']);
    const [card] = await db.query(`SELECT principal_fen::float8 AS principal FROM debts WHERE id = $1`, [
      demands[0].debtId,
    ]);
    expect(card.principal).toBeGreaterThanOrEqual(LITIGATION_RISK_RULES.art196.lineFen);
    const reasons = views.flatMap((v) => v.risk.debts).find((d) => d.debtId === demands[0].debtId)?.reasons;
    expect(reasons?.map((r) => r.reason)).toContain('MALICIOUS_OVERDRAFT_COUNTING');

    // What was seeded is what the case policy lets an officer record: sittings after their summons,
    // deadlines on or after the service they count from, papers received no later than today.
    const policy = api.app.get(CasePolicyService);
    for (const m of matters) {
      const facts = await policy.facts(db.manager, m.caseId, 'officer', false);
      const market = m.currency === 'TWD' ? 'TW' : 'CN';
      expect(casePolicy.check('court_matter.record', facts, { matterKind: m.kind as never, market })).toEqual(
        {
          allowed: true,
        },
      );
      for (const e of m.events) {
        const source = m.events.find((x) => x.id === e.countsFrom);
        const summons = m.events
          .filter((x) => x.kind === 'summons_received' && x.id !== e.id)
          .map((x) => x.occursOn)
          .sort();
        const details: ActionDetails = {
          eventKind: e.kind as never,
          eventOn: e.occursOn,
          summonsOn: summons[0] ?? null,
          servedOn: source
            ? source.kind === 'summons_received'
              ? source.occursOn
              : source.servedOn
            : e.servedOn,
          untilOn: e.untilOn,
          computedDeadlineOn: e.computedOn,
          reason: e.changeReason,
        };
        expect(casePolicy.check('court_event.record', facts, details), `${m.kind} ${e.kind}`).toEqual({
          allowed: true,
        });
        if (e.kind.endsWith('_deadline')) expect(source, e.kind).toBeDefined();
        if (e.completedOn) expect(e.completedOn <= today).toBe(true);
      }
    }
    for (const d of demands) {
      const facts = await policy.facts(db.manager, d.caseId, 'officer', false);
      expect(casePolicy.check('creditor_demand.record', facts, { receivedOn: d.receivedOn })).toEqual({
        allowed: true,
      });
    }

    // The firm's 2027 court days: 元旦 and Spring Festival days off, a make-up Saturday worked.
    const days = await api
      .http()
      .get('/api/court-calendar-days')
      .query({ year: 2027 })
      .set(admin)
      .expect(200);
    expect(days.body).toEqual(DEMO_COURT_CALENDAR_DAYS.map((d) => ({ ...d })));
    expect(DEMO_COURT_CALENDAR_DAYS.map((d) => new Date(`${d.day}T00:00:00Z`).getUTCDay())).toEqual([
      5, 5, 1, 6,
    ]);
  });

  it('gives each manager a team view with stage history, a funnel, money saved and a creditor report', async () => {
    const manager = DEMO_LOGINS.find((l) => l.role === 'manager');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: manager?.email, password: DEMO_PASSWORD })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    const year = { from: addDays(today, -365), to: today };
    const workload = await api.http().get('/api/workload').query(year).set(auth).expect(200);
    expect(workload.body.officers.length).toBeGreaterThan(0);
    const medians = Object.values(workload.body.totals.medianDaysByStage).filter((d) => d !== null);
    expect(medians.length).toBeGreaterThanOrEqual(4);
    for (const days of medians) expect(days).toBeGreaterThan(1);
    expect(workload.body.totals.money.CNY.savedFen).toBeGreaterThan(0);
    const funnel = workload.body.funnel as { cases: number }[];
    expect(funnel[0].cases).toBeGreaterThan(funnel[funnel.length - 1].cases);
    const report = await api.http().get('/api/reports/creditors').query(year).set(auth).expect(200);
    const rejected = report.body.creditors.reduce((n: number, c: { rejected: number }) => n + c.rejected, 0);
    expect(report.body.creditors.length).toBeGreaterThan(1);
    expect(rejected).toBeGreaterThan(0);
    for (const c of report.body.creditors.filter((r: { accepted: number }) => r.accepted > 0))
      expect(c.medianDaysToAgreement).toBeGreaterThanOrEqual(14);
  });

  it('dates the contracts of its online loans before they fell overdue, some over the 4 × LPR line', async () => {
    const today = calendarDateIn(new Date(), 'Asia/Taipei');
    const rows: { id: string; product: string; contract: string | null; since: string | null }[] =
      await db.query(
        `SELECT d.id, r.product, to_char(d.contract_date, 'YYYY-MM-DD') AS contract,
                to_char(d.overdue_since, 'YYYY-MM-DD') AS since
           FROM debts d JOIN creditors r ON r.id = d.creditor_id`,
      );
    const online = rows.filter((r) => r.product === 'online_loan');
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((r) => r.contract !== null)).toBe(true);
    expect(rows.some((r) => r.contract === null)).toBe(true);
    for (const r of rows.filter((x) => x.contract !== null)) {
      expect((r.contract as string) < (r.since ?? today)).toBe(true);
      // Within the LPR table (it starts on 2019-08-20), so every dated check has an answer.
      expect((r.contract as string) >= '2019-08-20').toBe(true);
    }
    const admin = DEMO_LOGINS.find((l) => l.role === 'admin');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: admin?.email, password: DEMO_PASSWORD })
      .expect(200);
    const debt = await api
      .http()
      .get(`/api/debts/${online[0].id}`)
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
    expect(debt.body.lprCheck).toMatchObject({ status: 'over', annualRateBp: 1825 });
  });

  it('has Taiwan clients whose debts are owed in TWD, their totals apart from the yuan', async () => {
    const admin = DEMO_LOGINS.find((l) => l.role === 'admin');
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: admin?.email, password: DEMO_PASSWORD })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const cases = await api.http().get('/api/cases').query({ perPage: 100 }).set(auth).expect(200);
    const currencies = (cases.body.data as { totalsByCurrency: { currency: string }[] }[]).flatMap((c) =>
      c.totalsByCurrency.map((t) => t.currency),
    );
    expect(currencies).toContain('TWD');
    expect(currencies).toContain('CNY');
    // A Taiwan client repaying: the statement and the plan are in Taiwan dollars too.
    const [repaying] = await db.query(
      `SELECT s.currency AS statement, d.currency AS plan FROM cases c
         JOIN financial_statements s ON s.case_id = c.id JOIN repayment_plans p ON p.case_id = c.id
         JOIN debts d ON d.id = p.debt_id
        WHERE c.stage = 'repaying' AND d.currency = 'TWD' LIMIT 1`,
    );
    expect(repaying).toEqual({ statement: 'TWD', plan: 'TWD' });
  });

  it('shows the case policy at work: a case closed as withdrawn with its plan ended, and a manager-approved long plan', async () => {
    const [withdrawn] = await db.query(
      `SELECT c.closed_from, c.closing_note, p.ended_on IS NOT NULL AS ended, p.ended_outcome,
              (SELECT count(*)::int FROM reminders r WHERE r.case_id = c.id AND r.status = 'scheduled') AS scheduled
         FROM cases c JOIN repayment_plans p ON p.case_id = c.id WHERE c.outcome = 'withdrawn'`,
    );
    expect(withdrawn).toMatchObject({
      closed_from: 'repaying',
      ended: true,
      ended_outcome: 'withdrawn',
      scheduled: 0,
    });
    expect(withdrawn.closing_note.length).toBeGreaterThan(10);
    const [long] = await db.query(
      `SELECT p.months, r.max_installment_months AS max, u.role, p.limit_exception_reason AS reason,
              (SELECT count(*)::int FROM installments i JOIN repayment_plans rp ON rp.id = i.plan_id WHERE rp.proposal_id = p.id) AS installments
         FROM proposals p JOIN debts d ON d.id = p.debt_id JOIN creditors r ON r.id = d.creditor_id
         JOIN users u ON u.id = p.limit_exception_by`,
    );
    expect(long.months).toBeGreaterThan(long.max);
    expect(long.installments).toBe(long.months);
    expect(long.role).toBe('manager');
    expect(long.reason.length).toBeGreaterThan(10);
  });
});
