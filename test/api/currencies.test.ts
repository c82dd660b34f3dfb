import { accruedPenaltyFen, addDays, calendarDateIn, simpleRule } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { ReminderKindRegistry } from '@accord/server-reminders';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';

const api = useApiApp('currencies');
const db = () => api.app.get(DataSource);
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
let firm: TestFirm;
let huabei: string;
/** 中國信託: a Taiwan bank of the catalog (market TW). */
let ctbc: string;
let seq = 71000;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
  const [row] = await db().query(`SELECT id FROM creditors WHERE name = '中國信託商業銀行'`);
  ctbc = row.id;
});

const move = (caseId: string, to: string) =>
  api
    .http()
    .post(`/api/cases/${caseId}/transition`)
    .set(firm.officerA1.auth)
    .send({ to, reason: '各債權人均已同意方案' })
    .expect(200);

describe('a debt’s currency', () => {
  it('follows the creditor’s market: a Taiwan bank’s debt is owed in TWD, Huabei’s in CNY', async () => {
    const { debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [
        { creditorId: ctbc, outstandingFen: 8000000 },
        { creditorId: huabei, outstandingFen: 500000 },
      ],
    });
    const tw = await api.http().get(`/api/debts/${debtIds[0]}`).set(firm.officerA1.auth).expect(200);
    const cn = await api.http().get(`/api/debts/${debtIds[1]}`).set(firm.officerA1.auth).expect(200);
    expect(tw.body.currency).toBe('TWD');
    expect(cn.body.currency).toBe('CNY');
  });

  it('may be set by an admin only, and only to a known currency', async () => {
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId: huabei, outstandingFen: 100000 }],
    });
    const body = { caseId, creditorId: huabei, principalFen: 1, outstandingFen: 1, overdueFen: 0 };
    const refused = await api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send({ ...body, currency: 'TWD' })
      .expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const bad = await api
      .http()
      .post('/api/debts')
      .set(firm.admin.auth)
      .send({ ...body, currency: 'JPY' })
      .expect(400);
    expect(bad.body.code).toBeDefined();
    const set = await api
      .http()
      .post('/api/debts')
      .set(firm.admin.auth)
      .send({ ...body, currency: 'TWD' })
      .expect(201);
    expect(set.body.currency).toBe('TWD');
    const updated = await api
      .http()
      .patch(`/api/debts/${debtIds[0]}`)
      .set(firm.admin.auth)
      .send({ currency: 'TWD', version: 1 })
      .expect(200);
    expect(updated.body.currency).toBe('TWD');
    await api
      .http()
      .patch(`/api/debts/${debtIds[0]}`)
      .set(firm.officerA1.auth)
      .send({ currency: 'CNY', version: 2 })
      .expect(403);
  });

  it('keeps the case’s totals per currency: yuan and Taiwan dollars are never added', async () => {
    const { caseId } = await openCase(api, firm.officerA1, {
      serial: seq++,
      fullName: '林雅婷',
      debts: [
        { creditorId: ctbc, outstandingFen: 8000000, overdueSince: addDays(today(), -30) },
        { creditorId: ctbc, outstandingFen: 2000000 },
        { creditorId: huabei, outstandingFen: 500000 },
      ],
    });
    const detail = await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    const byCurrency = Object.fromEntries(
      (detail.body.totalsByCurrency as { currency: string; penaltyAccruedFen: number }[]).map((t) => [
        t.currency,
        t,
      ]),
    );
    expect(byCurrency.TWD).toMatchObject({ outstandingFen: 10000000, principalFen: 10000000 });
    expect(byCurrency.CNY).toMatchObject({ outstandingFen: 500000 });
    // 中國信託: 4.11 ‱ a day on the outstanding amount, kept under 15 % a year: 30 days on NT$80,000 is
    // 8,000,000 × 15 % × 30 / 365 = 98,630.1 fen → NT$986.30 (the daily rate alone would give NT$986.40).
    expect(byCurrency.TWD.penaltyAccruedFen).toBe(98630);
    expect(byCurrency.CNY.penaltyAccruedFen).toBe(0);
    expect(detail.body.totals).toBeUndefined();
    const list = await api
      .http()
      .get('/api/cases')
      .query({ q: '林雅婷' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.data[0].totalsByCurrency).toEqual([
      { currency: 'CNY', outstandingFen: 500000, overdueFen: 500000 },
      { currency: 'TWD', outstandingFen: 10000000, overdueFen: 10000000 },
    ]);
  });

  it('writes a currency column in the case export, one row per currency', async () => {
    const res = await api
      .http()
      .get('/api/cases/export')
      .query({ locale: 'en', q: '林雅婷' })
      .set(firm.officerA1.auth)
      .expect(200);
    const [header, ...rows] = parse(res.text.slice(1)) as string[][];
    const at = header.indexOf('Currency');
    expect(at).toBeGreaterThan(0);
    expect(header[at + 1]).toBe('Outstanding');
    expect(rows.map((r) => [r[at], r[at + 1]]).sort()).toEqual([
      ['CNY', '5000.00'],
      ['TWD', '100000.00'],
    ]);
  });
});

describe('savings at agreement', () => {
  it('are the claim on the day of agreement less the plan, whatever the plan’s length', async () => {
    const overdueSince = addDays(today(), -40);
    const saved: number[] = [];
    for (const months of [6, 12]) {
      const { debtIds, caseId } = await openCase(api, firm.officerA1, {
        serial: seq++,
        debts: [{ creditorId: huabei, outstandingFen: 5000000, overdueSince }],
        moveTo: ['documents', 'creditor_contact', 'negotiating'],
      });
      await acceptedPlan(api, firm.officerA1, {
        debtId: debtIds[0],
        kind: 'interest_freeze',
        totalFen: 5000000,
        months,
        firstDueDate: addDays(today(), 10),
      });
      const savings = await api
        .http()
        .get(`/api/cases/${caseId}/savings`)
        .set(firm.officerA1.auth)
        .expect(200);
      // ¥50,000 overdue 40 days at 0.05 %/day: ¥1,000 accrued and waived; the plan repays the rest.
      const accrued = accruedPenaltyFen(5000000, 40, simpleRule(500, 'overdue_amount'));
      expect(savings.body.totals).toEqual([
        {
          currency: 'CNY',
          withoutAgreementFen: 5000000 + accrued,
          planTotalFen: 5000000,
          savingsFen: accrued,
        },
      ]);
      saved.push(savings.body.totals[0].savingsFen);
    }
    expect(saved[0]).toBe(saved[1]);
  });

  it("stay as they were when the creditors' rates move to parts per million (the migration, down and up)", async () => {
    type Rule = {
      id: string;
      ppm: number;
      compounding: string;
      yearly: number | null;
      fee: object;
    };
    const rules = async () =>
      (await db().query(
        `SELECT id, penalty_daily_rate_ppm AS ppm, penalty_compounding AS compounding,
                penalty_yearly_cap_bp AS yearly, late_fee AS fee FROM creditors ORDER BY id`,
      )) as Rule[];
    const plans = async () =>
      (await db().query(`SELECT id, saved_fen FROM repayment_plans ORDER BY id`)) as {
        id: string;
        saved_fen: string;
      }[];
    const [rulesBefore, plansBefore] = [await rules(), await plans()];
    expect(plansBefore.length).toBeGreaterThan(0);
    const { PenaltyModel1766476800000 } =
      await import('../../libs/server/core/src/database/migrations/1766476800000-penalty-model');
    // As the owner, as migrations run: the runtime role may not alter tables.
    const owner = await new DataSource({ type: 'postgres', url: api.database.ownerUrl }).initialize();
    const runner = owner.createQueryRunner();
    await new PenaltyModel1766476800000().down(runner);
    const [{ bp }] = await owner.query(
      `SELECT penalty_daily_rate_bp AS bp FROM creditors WHERE name = '支付寶花唄'`,
    );
    expect(bp).toBe(5);
    await new PenaltyModel1766476800000().up(runner);
    await runner.release();
    await owner.destroy();
    // Whole basis points convert exactly both ways; a rate between them (4.11 ‱, 4.5 ‱) could not be held
    // by the old model at all, which is why the model moved to parts per million.
    const after = await rules();
    expect(after.map((r) => r.ppm)).toEqual(rulesBefore.map((r) => Math.floor(r.ppm / 100) * 100));
    expect(await plans()).toEqual(plansBefore);
    // What going down dropped comes back from what was read, for the tests that follow.
    for (const r of rulesBefore)
      await db().query(
        `UPDATE creditors SET penalty_daily_rate_ppm = $2, penalty_compounding = $3, penalty_yearly_cap_bp = $4, late_fee = $5 WHERE id = $1`,
        [r.id, r.ppm, r.compounding, r.yearly, r.fee],
      );
    expect(await rules()).toEqual(rulesBefore);
  });
});

describe('the firm’s money per currency', () => {
  let twPlanTotal = 0;

  it('keeps workload money, the creditor report and their CSVs per currency', async () => {
    const { debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [
        { creditorId: ctbc, outstandingFen: 3000000, overdueSince: addDays(today(), -20) },
        { creditorId: ctbc, outstandingFen: 1000000, overdueSince: addDays(today(), -20) },
      ],
      moveTo: ['documents', 'creditor_contact', 'negotiating'],
    });
    const before = await api.http().get('/api/workload').set(firm.managerA.auth).expect(200);
    expect(before.body.totals.money.TWD).toMatchObject({ underNegotiationFen: 4000000, agreedFen: 0 });
    const cnyBefore = before.body.totals.money.CNY;
    const planId = await acceptedPlan(api, firm.officerA1, {
      debtId: debtIds[0],
      kind: 'interest_freeze',
      totalFen: 3000000,
      months: 12,
      firstDueDate: addDays(today(), 10),
    });
    twPlanTotal = 3000000;
    const after = await api.http().get('/api/workload').set(firm.managerA.auth).expect(200);
    // 中國信託 on NT$30,000 for 20 days: penalty 3,000,000 × 15 % × 20 / 365 = 24,657.5 → NT$246.57 (the
    // yearly cap binds), and one cycle's late fee of NT$300: NT$546.57 claimed above the plan, waived.
    expect(after.body.totals.money.TWD).toMatchObject({ agreedFen: 3000000, savedFen: 54657 });
    expect(after.body.totals.money.CNY.agreedFen).toBe(cnyBefore.agreedFen);
    expect(after.body.totals.money.CNY.savedFen).toBe(cnyBefore.savedFen);

    const report = await api.http().get('/api/reports/creditors').set(firm.managerA.auth).expect(200);
    const rows = report.body.creditors as { creditorId: string; currency: string; agreedFen: number }[];
    expect(rows.filter((r) => r.creditorId === ctbc)).toEqual([
      expect.objectContaining({ currency: 'TWD', agreedFen: 3000000 }),
    ]);
    expect(rows.filter((r) => r.creditorId === huabei).every((r) => r.currency === 'CNY')).toBe(true);

    const csv = await api
      .http()
      .get('/api/workload/export')
      .query({ locale: 'en' })
      .set(firm.managerA.auth)
      .expect(200);
    const [header, ...lines] = parse(csv.text.slice(1)) as string[][];
    const total = lines[lines.length - 1];
    expect(total[header.indexOf('Agreed in period (TWD)')]).toBe('30000.00');
    expect(total[header.indexOf('Agreed in period (CNY)')]).toBe((cnyBefore.agreedFen / 100).toFixed(2));

    // The installment reminders speak in the plan's currency.
    const [reminder] = await db().query(
      `SELECT r.payload FROM reminders r JOIN installments i ON i.id = r.subject_id
        WHERE i.plan_id = $1 AND r.kind = 'installment_due' AND r.recipient = 'client' LIMIT 1`,
      [planId],
    );
    expect(reminder.payload.currency).toBe('TWD');
    const due = api.app.get(ReminderKindRegistry).get('installment_due');
    expect(due.render(reminder.payload, 'zh-TW', 'client').body).toContain('NT$2,500.00');
  });

  it('stops counting a plan the client defaulted on', async () => {
    const { debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId: ctbc, outstandingFen: 600000 }],
      moveTo: ['documents', 'creditor_contact', 'negotiating'],
    });
    const planId = await acceptedPlan(api, firm.officerA1, {
      debtId: debtIds[0],
      kind: 'installments',
      totalFen: 600000,
      months: 3,
      firstDueDate: addDays(today(), 10),
    });
    const counted = await api.http().get('/api/workload').set(firm.managerA.auth).expect(200);
    expect(counted.body.totals.money.TWD.agreedFen).toBe(twPlanTotal + 600000);
    // Two installments unpaid for over 15 days: the plan has defaulted.
    await db().query(`UPDATE installments SET due_date = due_date - 100 WHERE plan_id = $1`, [planId]);
    const dropped = await api.http().get('/api/workload').set(firm.managerA.auth).expect(200);
    expect(dropped.body.totals.money.TWD.agreedFen).toBe(twPlanTotal);
  });
});

describe('money on the timeline', () => {
  it('says the currency of the debt each entry’s amounts are in', async () => {
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: seq++,
      debts: [{ creditorId: ctbc, outstandingFen: 3000000, overdueSince: addDays(today(), -20) }],
      moveTo: ['documents', 'creditor_contact', 'negotiating'],
    });
    await api
      .http()
      .patch(`/api/debts/${debtIds[0]}`)
      .set(firm.officerA1.auth)
      .send({ overdueFen: 2000000, version: 1 })
      .expect(200);
    await api
      .http()
      .post('/api/financial-statements')
      .set(firm.officerA1.auth)
      .send({
        caseId,
        income: [{ source: '薪資', amountFen: 4500000 }],
        essentialSpending: [],
        otherDebts: [],
        dependants: 0,
      })
      .expect(201);
    const planId = await acceptedPlan(api, firm.officerA1, {
      debtId: debtIds[0],
      kind: 'installments',
      totalFen: 3000000,
      months: 6,
      firstDueDate: addDays(today(), 10),
    });
    await move(caseId, 'agreed');
    const plan = await api.http().get(`/api/repayment-plans/${planId}`).set(firm.officerA1.auth).expect(200);
    expect(plan.body.currency).toBe('TWD');
    await api
      .http()
      .post(`/api/installments/${plan.body.installments[0].id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 500000,
        paidOn: today(),
        method: 'bank_transfer',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);
    const timeline = await api
      .http()
      .get(`/api/cases/${caseId}/timeline`)
      .query({ perPage: 100 })
      .set(firm.officerA1.auth)
      .expect(200);
    const money = (timeline.body.data as { kind: string; details: Record<string, unknown> }[]).filter(
      (e) => Object.keys(e.details).some((k) => k.endsWith('Fen')) || 'before' in e.details,
    );
    expect(money.map((e) => e.kind).sort()).toEqual([
      'debt.added',
      'debt.updated',
      'financial_statement.recorded',
      'payment.recorded',
      'proposal.accepted',
      'proposal.drafted',
    ]);
    for (const entry of money) expect(entry.details.currency, entry.kind).toBe('TWD');

    // Entries and statements from before: the migration gives them their debt's (or statement's) currency.
    await db().query(`UPDATE case_events SET details = details - 'currency' WHERE case_id = $1`, [caseId]);
    const { StatementCurrency1766217600000 } =
      await import('../../libs/server/core/src/database/migrations/1766217600000-statement-currency');
    // As the owner, as migrations run: the runtime role may not alter tables.
    const owner = await new DataSource({ type: 'postgres', url: api.database.ownerUrl }).initialize();
    const runner = owner.createQueryRunner();
    await new StatementCurrency1766217600000().down(runner);
    await new StatementCurrency1766217600000().up(runner);
    await runner.release();
    await owner.destroy();
    const [statement] = await db().query(`SELECT currency FROM financial_statements WHERE case_id = $1`, [
      caseId,
    ]);
    expect(statement.currency).toBe('TWD');
    const kinds: { kind: string; currency: string | null }[] = await db().query(
      `SELECT kind, details->>'currency' AS currency FROM case_events WHERE case_id = $1 AND kind = ANY($2)`,
      [caseId, money.map((e) => e.kind)],
    );
    expect(kinds.length).toBe(money.length);
    for (const entry of kinds) expect(entry.currency, entry.kind).toBe('TWD');
  });
});

describe('the case list sorted by what is owed', () => {
  it('orders by the yuan owed, then the Taiwan dollars, never by their sum', async () => {
    const name = '排序周';
    const made: Record<string, string> = {};
    for (const [key, debts] of Object.entries({
      yuan: [{ creditorId: huabei, outstandingFen: 500000 }],
      both: [
        { creditorId: huabei, outstandingFen: 500000 },
        { creditorId: ctbc, outstandingFen: 1000 },
      ],
      little: [{ creditorId: huabei, outstandingFen: 10000 }],
      taiwan: [{ creditorId: ctbc, outstandingFen: 100000000 }],
    })) {
      made[key] = (await openCase(api, firm.officerA1, { serial: seq++, fullName: name, debts })).caseId;
    }
    const order = async (direction: 'ASC' | 'DESC') => {
      const list = await api
        .http()
        .get('/api/cases')
        .query({ q: name, sort: 'totalOutstandingFen', order: direction })
        .set(firm.officerA1.auth)
        .expect(200);
      const key = Object.fromEntries(Object.entries(made).map(([k, id]) => [id, k]));
      return (list.body.data as { id: string }[]).map((c) => key[c.id]);
    };
    // NT$1,000,000 is not "more" than ¥5,000: the two are never added or compared.
    expect(await order('DESC')).toEqual(['both', 'yuan', 'little', 'taiwan']);
    expect(await order('ASC')).toEqual(['taiwan', 'little', 'yuan', 'both']);
  });
});
