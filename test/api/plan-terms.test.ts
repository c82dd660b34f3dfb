import { addDays, addMonthsClamped, calendarDateIn, zonedInstant } from '@accord/domain';
import { ManualClock } from '@accord/server-core';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';
import { testClockOrigin } from './support/reminder-rig';

/**
 * Plan kinds as creditors write them (a monthly fee or a yearly rate on the plan, none on 停息掛賬, a
 * waiver on any kind) and payments that store where their money went, to whom, and how late.
 */
const clock = new ManualClock(testClockOrigin());
const api = useApiApp('plan_terms', {}, { clock });
afterEach(() => clock.reset());

const TZ = 'Asia/Taipei';
let firm: TestFirm;
let huabei: string;
let seq = 23000;
const today = () => calendarDateIn(clock.now(), TZ);
const TO_CREDITOR = { payeeKind: 'creditor_app', payeeName: '支付寶（花唄還款）' };

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

async function negotiatingDebt(owner: Member) {
  const { caseId, debtIds } = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 1200000, overdueSince: addDays(today(), -30) }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  return { caseId, debtId: debtIds[0] };
}

const move = (member: Member, caseId: string, to: string) =>
  api
    .http()
    .post(`/api/cases/${caseId}/transition`)
    .set(member.auth)
    .send({ to, reason: '測試' })
    .expect(200);

/** A case repaying a ¥12,000 plan with the given charge, its first installment due in ten days. */
async function repayingPlan(owner: Member, charge: Record<string, unknown>, months = 12) {
  const { caseId, debtId } = await negotiatingDebt(owner);
  const firstDueDate = addDays(today(), 10);
  const planId = await acceptedPlan(api, owner, {
    debtId,
    kind: 'installments',
    totalFen: 1200000,
    months,
    firstDueDate,
    ...charge,
  });
  await move(owner, caseId, 'agreed');
  await move(owner, caseId, 'repaying');
  return { caseId, planId, firstDueDate };
}

const plan = async (member: Member, planId: string) =>
  (await api.http().get(`/api/repayment-plans/${planId}`).set(member.auth).expect(200)).body;

const pay = (member: Member, installmentId: string, body: Record<string, unknown>) =>
  api
    .http()
    .post(`/api/installments/${installmentId}/payments`)
    .set(member.auth)
    .send({ paidOn: today(), method: 'alipay', ...TO_CREDITOR, ...body });

describe('the creditor’s charge on a plan', () => {
  it('a card fee of 0.60 % a month: ¥72.00 on each of 12 installments, counted in the total and the savings', async () => {
    const { caseId, planId } = await repayingPlan(firm.officerA1, {
      chargeKind: 'monthly_fee',
      chargeRatePpm: 6000,
    });
    const body = await plan(firm.officerA1, planId);
    expect(body).toMatchObject({
      baseFen: 1200000,
      chargesFen: 86400,
      totalFen: 1286400,
      chargeKind: 'monthly_fee',
      chargeRatePpm: 6000,
    });
    expect(body.installments.map((i: { amountFen: number }) => i.amountFen)).toEqual(Array(12).fill(107200));
    expect(body.installments[0].chargeFen).toBe(7200);
    // Agreed: the creditor's penalty stopped that day, so waiting costs nothing more on this debt.
    const detail = await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    const [totals] = detail.body.totalsByCurrency;
    expect(totals.agreedDebts).toBe(1);
    const projected = totals.penaltyProjected.map((p: { penaltyFen: number }) => p.penaltyFen);
    expect(new Set(projected).size).toBe(1);
    const savings = await api.http().get(`/api/cases/${caseId}/savings`).set(firm.officerA1.auth).expect(200);
    // The plan costs more than the debt: no saving is claimed, however the claim is counted.
    expect(savings.body.plans[0]).toMatchObject({ planTotalFen: 1286400 });
    expect(savings.body.plans[0].savingsFen).toBe(
      Math.max(0, savings.body.plans[0].withoutAgreementFen - 1286400),
    );
  });

  it('7.2 % a year on the balance left: the first installment ¥1,072.00, the last ¥1,006.00, ¥468.00 in all', async () => {
    const { planId } = await repayingPlan(firm.officerA1, {
      chargeKind: 'annual_rate',
      chargeRatePpm: 72000,
    });
    const body = await plan(firm.officerA1, planId);
    expect(body).toMatchObject({ baseFen: 1200000, chargesFen: 46800, totalFen: 1246800 });
    expect(body.installments[0].amountFen).toBe(107200);
    expect(body.installments[11].amountFen).toBe(100600);
  });

  it('停息掛賬 carries no charge: refused by the case policy, on creating and on changing the kind', async () => {
    const { debtId } = await negotiatingDebt(firm.officerA1);
    const refused = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send({
        debtId,
        kind: 'interest_freeze',
        totalFen: 1200000,
        months: 12,
        chargeKind: 'monthly_fee',
        chargeRatePpm: 6000,
      })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'ACTION_REFUSED',
      details: { reasons: ['FREEZE_CARRIES_NO_CHARGE'] },
    });
    const drafted = await api
      .http()
      .post('/api/proposals')
      .set(firm.officerA1.auth)
      .send({
        debtId,
        kind: 'installments',
        totalFen: 1200000,
        months: 12,
        chargeKind: 'monthly_fee',
        chargeRatePpm: 6000,
      })
      .expect(201);
    const changed = await api
      .http()
      .patch(`/api/proposals/${drafted.body.id}`)
      .set(firm.officerA1.auth)
      .send({ kind: 'interest_freeze', version: 1 })
      .expect(409);
    expect(changed.body.details.reasons).toEqual(['FREEZE_CARRIES_NO_CHARGE']);
    // Frozen with the charge taken off in the same change: allowed, and the waiver stays a term.
    const frozen = await api
      .http()
      .patch(`/api/proposals/${drafted.body.id}`)
      .set(firm.officerA1.auth)
      .send({ kind: 'interest_freeze', chargeKind: 'none', waivedPenaltyFen: 18000, version: 1 })
      .expect(200);
    expect(frozen.body).toMatchObject({
      kind: 'interest_freeze',
      chargeKind: 'none',
      chargeRatePpm: 0,
      waivedPenaltyFen: 18000,
    });
  });

  it('refuses charges that do not say what they are, and the old waiver kind', async () => {
    const { debtId } = await negotiatingDebt(firm.officerA1);
    const draft = (body: Record<string, unknown>) =>
      api
        .http()
        .post('/api/proposals')
        .set(firm.officerA1.auth)
        .send({ debtId, kind: 'installments', totalFen: 1200000, months: 12, ...body });
    expect((await draft({ chargeKind: 'monthly_fee' }).expect(422)).body).toMatchObject({
      code: 'CHARGE_TERMS_INVALID',
      details: { problems: ['CHARGE_RATE_MISSING'], field: 'chargeRatePpm' },
    });
    expect((await draft({ chargeRatePpm: 6000 }).expect(422)).body.details.problems).toEqual([
      'CHARGE_KIND_MISSING',
    ]);
    for (const bad of [
      { chargeKind: 'annual_rate', chargeRatePpm: -1 },
      { chargeKind: 'annual_rate', chargeRatePpm: 1000001 },
      { chargeKind: 'annual_rate', chargeRatePpm: 7.2 },
      { chargeKind: 'annual_rate', chargeRatePpm: '72000' },
      { chargeKind: 'weekly_fee', chargeRatePpm: 100 },
      { kind: 'penalty_waiver' },
      { interestRateBp: 720 },
    ])
      expect((await draft(bad).expect(400)).body.code).toBeTruthy();
    // A waiver of accrued penalty on a lump sum: a term, not a kind.
    const lump = await draft({ kind: 'lump_sum', months: 1, waivedPenaltyFen: 30000 }).expect(201);
    expect(lump.body).toMatchObject({ kind: 'lump_sum', waivedPenaltyFen: 30000, chargeKind: 'none' });
  });
});

describe('payments: where the money went, to whom, how late', () => {
  it('stores each payment’s parts per installment, the days late of each, and any credit', async () => {
    // ¥12,000 in 3 with ¥72.00 a month: three installments of ¥4,072.00.
    const { planId, firstDueDate } = await repayingPlan(
      firm.officerA1,
      { chargeKind: 'monthly_fee', chargeRatePpm: 6000 },
      3,
    );
    const start = await plan(firm.officerA1, planId);
    const [first, second, third] = start.installments;
    expect(first.amountFen).toBe(407200);
    const firstPaidOn = today();
    const one = await pay(firm.officerA1, first.id, { amountFen: 500000 }).expect(201);
    expect(one.body.payments[0]).toMatchObject({
      amountFen: 500000,
      payeeKind: 'creditor_app',
      payeeName: '支付寶（花唄還款）',
      creditFen: 0,
      allocations: [
        { installmentId: first.id, number: 1, amountFen: 407200, daysLate: 0 },
        { installmentId: second.id, number: 2, amountFen: 92800, daysLate: 0 },
      ],
    });

    // Five days after the second installment fell due, the client pays the rest of it.
    const secondDue = addMonthsClamped(firstDueDate, 1);
    expect(second.dueDate).toBe(secondDue);
    clock.set(zonedInstant(addDays(secondDue, 5), '12:00', TZ));
    const late = await pay(firm.officerA1, second.id, { amountFen: 314400 }).expect(201);
    expect(late.body.payments[1].allocations).toEqual([
      { installmentId: second.id, number: 2, amountFen: 314400, daysLate: 5 },
    ]);
    expect(late.body.installments.slice(0, 2)).toMatchObject([
      { status: 'paid', daysLate: 0, paidInFullOn: firstPaidOn },
      { status: 'paid_late', daysLate: 5, paidInFullOn: addDays(secondDue, 5) },
    ]);

    // More than the plan still asks: the third installment is paid and the rest is kept as credit.
    const over = await pay(firm.officerA1, third.id, { amountFen: 500000 }).expect(201);
    expect(over.body.payments[2]).toMatchObject({
      creditFen: 92800,
      allocations: [{ installmentId: third.id, number: 3, amountFen: 407200, daysLate: 0 }],
    });
    expect(over.body).toMatchObject({
      status: 'completed',
      paidFen: 1221600,
      remainingFen: 0,
      creditFen: 92800,
    });
  });

  it('takes repayments only to the creditor: anyone else is refused and nothing is written', async () => {
    const { planId } = await repayingPlan(firm.officerA1, {});
    const [first] = (await plan(firm.officerA1, planId)).installments;
    const refused = await pay(firm.officerA1, first.id, {
      amountFen: 100000,
      payeeKind: 'someone_else',
      payeeName: '某某法律諮詢有限公司',
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'ACTION_REFUSED',
      details: { reasons: ['PAYEE_NOT_CREDITOR'] },
    });
    for (const bad of [
      { payeeKind: undefined },
      { payeeName: undefined },
      { payeeName: '   ' },
      { payeeName: 'x'.repeat(201) },
      { payeeKind: 'unrecorded' },
      { payeeKind: 'firm' },
      { payeeAccount: 'y'.repeat(101) },
    ])
      expect(
        (await pay(firm.officerA1, first.id, { amountFen: 100000, ...bad }).expect(400)).body.code,
      ).toBeTruthy();
    const after = await plan(firm.officerA1, planId);
    expect(after).toMatchObject({ paidFen: 0, payments: [] });
  });

  it('splits payments racing on one plan without paying an installment twice', async () => {
    const { planId } = await repayingPlan(firm.officerA1, {}, 4);
    const [first] = (await plan(firm.officerA1, planId)).installments;
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => pay(firm.officerA1, first.id, { amountFen: 300000 })),
    );
    for (const answer of answers) expect(answer.status).toBe(201);
    const after = await plan(firm.officerA1, planId);
    expect(after.installments.map((i: { paidFen: number }) => i.paidFen)).toEqual([
      300000, 300000, 300000, 0,
    ]);
    const parts = after.payments.flatMap(
      (p: { allocations: { number: number; amountFen: number }[] }) => p.allocations,
    );
    expect(parts.reduce((a: number, p: { amountFen: number }) => a + p.amountFen, 0)).toBe(900000);
  });

  it('answers 404 for another team’s installment and lets the team’s manager record', async () => {
    const { planId } = await repayingPlan(firm.officerA1, {});
    const [first] = (await plan(firm.officerA1, planId)).installments;
    await pay(firm.officerB1, first.id, { amountFen: 1000 }).expect(404);
    await pay(firm.managerB, first.id, { amountFen: 1000 }).expect(404);
    await pay(firm.managerA, first.id, { amountFen: 1000 }).expect(201);
    await pay(firm.admin, first.id, { amountFen: 1000 }).expect(201);
  });
});

describe('the migration to plan kinds and stored allocations (down and up)', () => {
  it('turns the waiver kind into a term, the ignored interest rate into a yearly charge, and allocates past payments', async () => {
    const db = () => api.app.get(DataSource);
    const perInstallment = async () =>
      (await db().query(
        `SELECT i.id, coalesce(sum(a.amount_fen), 0)::bigint AS paid
           FROM installments i LEFT JOIN payment_allocations a ON a.installment_id = i.id
          GROUP BY i.id ORDER BY i.id`,
      )) as { id: string; paid: string }[];
    const credits = async () =>
      (await db().query(`SELECT id, credit_fen FROM payments ORDER BY id`)) as {
        id: string;
        credit_fen: string;
      }[];
    const [paidBefore, creditsBefore] = [await perInstallment(), await credits()];
    expect(creditsBefore.some((c) => Number(c.credit_fen) > 0)).toBe(true);
    const { debtId } = await negotiatingDebt(firm.officerA1);

    const { PlanKindsPayments1766649600000 } =
      await import('../../libs/server/core/src/database/migrations/1766649600000-plan-kinds-payments');
    // As the owner, as migrations run: the runtime role may not alter tables.
    const owner = await new DataSource({ type: 'postgres', url: api.database.ownerUrl }).initialize();
    const runner = owner.createQueryRunner();
    await new PlanKindsPayments1766649600000().down(runner);
    const [caseRow] = await owner.query(`SELECT case_id FROM debts WHERE id = $1`, [debtId]);
    const old = async (months: number | null, rateBp: number | null) =>
      (
        await owner.query(
          `INSERT INTO proposals (case_id, debt_id, kind, total_fen, months, waived_penalty_fen, interest_rate_bp, created_by)
           VALUES ($1, $2, 'penalty_waiver', 1100000, $3, 40000, $4, $5) RETURNING id`,
          [caseRow.case_id, debtId, months, rateBp, firm.officerA1.user.id],
        )
      )[0].id as string;
    const spread = await old(6, 720);
    const single = await old(null, null);
    await new PlanKindsPayments1766649600000().up(runner);
    await runner.release();
    await owner.destroy();

    const proposal = async (id: string) =>
      (
        await db().query(
          `SELECT kind, charge_kind, charge_rate_ppm, waived_penalty_fen::int AS waived FROM proposals WHERE id = $1`,
          [id],
        )
      )[0];
    expect(await proposal(spread)).toEqual({
      kind: 'installments',
      charge_kind: 'annual_rate',
      charge_rate_ppm: 72000,
      waived: 40000,
    });
    expect(await proposal(single)).toEqual({
      kind: 'lump_sum',
      charge_kind: 'none',
      charge_rate_ppm: 0,
      waived: 40000,
    });
    // Payments recorded before say so; their money lands where the plan status always counted it.
    const [{ unrecorded }] = await db().query(
      `SELECT bool_and(payee_kind = 'unrecorded') AS unrecorded FROM payments`,
    );
    expect(unrecorded).toBe(true);
    expect(await perInstallment()).toEqual(paidBefore);
    expect(await credits()).toEqual(creditsBefore);
  });
});
