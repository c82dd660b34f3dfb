import { addDays, calendarDateIn, savingsAtAgreement } from '@accord/domain';
import { penaltyRuleOf, seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';
import { acceptedPlan } from './support/proposals';
import { TeamWorkloadService } from '@accord/server-workload';

const api = useApiApp('workload');
let firm: TestFirm;
let huabei: string;
let seq = 27000;
let expectedSavedFen = 0;
let agreedPlanId = '';
let talksCaseId = '';
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const db = () => api.app.get(DataSource);

interface Load {
  officerId: string;
  openByStage: Record<string, number>;
  openCases: number;
  opened: number;
  closed: number;
  outcomes: Record<string, number>;
  overdue: { reminders: number; documents: number; followUps: number };
  missedInstallments: number;
  staleCases: number;
  money: Record<'CNY' | 'TWD', { underNegotiationFen: number; agreedFen: number; savedFen: number }>;
}

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
  const a1 = firm.officerA1;
  const open = (outstandingFen: number, moveTo: Parameters<typeof openCase>[2]['moveTo'] = []) =>
    openCase(api, a1, { serial: seq++, debts: [{ creditorId: huabei, outstandingFen }], moveTo });

  // The first officer: one case at intake (quiet for 20 days), one with the creditor, one in talks
  // (with a follow-up missed yesterday and two reminders that never went out), one agreed with a plan
  // whose two installments fell due long ago unpaid, one closed as withdrawn.
  const quiet = await open(100000);
  await db().query(`UPDATE cases SET last_activity_at = now() - interval '20 days' WHERE id = $1`, [
    quiet.caseId,
  ]);
  const moved = await open(300000, ['documents', 'creditor_contact']);
  const talks = await open(600000, ['documents', 'creditor_contact', 'negotiating']);
  talksCaseId = talks.caseId;
  await api
    .http()
    .post('/api/contacts')
    .set(a1.auth)
    .send({
      caseId: talks.caseId,
      party: 'creditor',
      channel: 'hotline',
      occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      summary: '等待回覆',
      nextFollowUpAt: new Date(Date.now() - 86_400_000).toISOString(),
    })
    .expect(201);
  await db().query(
    `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, status, payload)
     VALUES ('follow_up', $1, 'test', gen_random_uuid(), 'a', 'officer', now() - interval '1 day', 'failed', '{}'),
            ('follow_up', $1, 'test', gen_random_uuid(), 'b', 'officer', now() - interval '1 hour', 'scheduled', '{}'),
            ('follow_up', $1, 'test', gen_random_uuid(), 'c', 'client', now() - interval '1 hour', 'failed', '{}')`,
    [talks.caseId],
  );
  const agreed = await openCase(api, a1, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 400000, overdueSince: addDays(today(), -60) }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  const planId = await acceptedPlan(api, a1, {
    debtId: agreed.debtIds[0],
    kind: 'installments',
    totalFen: 400000,
    months: 2,
    firstDueDate: addDays(today(), 10),
  });
  await api
    .http()
    .post(`/api/cases/${agreed.caseId}/transition`)
    .set(a1.auth)
    .send({ to: 'agreed', reason: '債權人同意' })
    .expect(200);
  agreedPlanId = planId;
  const creditor = (await api.http().get(`/api/creditors/${huabei}`).set(a1.auth).expect(200)).body;
  expectedSavedFen = savingsAtAgreement(
    {
      principalFen: 400000,
      outstandingFen: 400000,
      overdueFen: 400000,
      overdueSince: addDays(today(), -60),
    },
    penaltyRuleOf(creditor),
    400000,
    today(),
  ).savedFen;
  // Both installments now fall due in the past, the first missed (over 15 days) and the second only
  // late: behind, but not defaulted, so the plan still counts as agreed.
  await db().query(`UPDATE installments SET due_date = due_date - 52 WHERE plan_id = $1`, [planId]);
  const closed = await open(50000);
  await api
    .http()
    .post(`/api/cases/${closed.caseId}/transition`)
    .set(a1.auth)
    .send({ to: 'closed', reason: '撤回', outcome: 'withdrawn', closingNote: '客戶撤回委託' })
    .expect(200);

  // How long each case stayed in each stage it has left (the trigger timed them all in milliseconds).
  const stayed = async (caseId: string, days: Record<string, number>) => {
    for (const [stage, n] of Object.entries(days))
      await db().query(
        `UPDATE case_stage_stays SET entered_at = left_at - make_interval(days => $3)
          WHERE case_id = $1 AND stage = $2 AND left_at IS NOT NULL`,
        [caseId, stage, n],
      );
  };
  await stayed(moved.caseId, { intake: 6, documents: 2 });
  await stayed(talks.caseId, { intake: 2, documents: 4, creditor_contact: 6 });
  await stayed(agreed.caseId, { intake: 4, documents: 8, creditor_contact: 10, negotiating: 3 });
  await stayed(closed.caseId, { intake: 1 });

  // The second officer of the team: one case at intake. The other team's officer: one too.
  await openCase(api, firm.officerA2, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 200000 }],
  });
  await openCase(api, firm.officerB1, {
    serial: seq++,
    debts: [{ creditorId: huabei, outstandingFen: 700000 }],
  });
});

const workload = (member: TestFirm['managerA'], query: Record<string, string> = {}) =>
  api.http().get('/api/workload').query(query).set(member.auth);

describe('GET /api/workload', () => {
  it('gives each officer of the manager’s team their exact figures, and the team’s totals', async () => {
    const response = await workload(firm.managerA).expect(200);
    expect(response.body.period).toEqual({ from: addDays(today(), -29), to: today() });
    expect(response.body.teamId).toBe(firm.teamA);
    const loads: Load[] = response.body.officers;
    expect(loads.map((o) => o.officerId).sort()).toEqual(
      [firm.officerA1.user.id, firm.officerA2.user.id].sort(),
    );
    const a1 = loads.find((o) => o.officerId === firm.officerA1.user.id) as Load;
    expect(a1).toMatchObject({
      openByStage: {
        intake: 1,
        documents: 0,
        creditor_contact: 1,
        negotiating: 1,
        agreed: 1,
        repaying: 0,
        credit_repair: 0,
      },
      openCases: 4,
      opened: 5,
      closed: 1,
      outcomes: { resolved: 0, withdrawn: 1, failed: 0, litigated: 0 },
      overdue: { reminders: 2, documents: 0, followUps: 1 },
      missedInstallments: 2,
      staleCases: 1,
      money: { CNY: { underNegotiationFen: 900000, agreedFen: 400000 }, TWD: { agreedFen: 0 } },
    });
    const a2 = loads.find((o) => o.officerId === firm.officerA2.user.id) as Load;
    expect(a2).toMatchObject({ openCases: 1, opened: 1, closed: 0, staleCases: 0, missedInstallments: 0 });
    expect(response.body.totals).toMatchObject({
      officers: 2,
      openCases: 5,
      opened: 6,
      closed: 1,
      outcomes: { withdrawn: 1, resolved: 0 },
      overdue: { reminders: 2, documents: 0, followUps: 1 },
      missedInstallments: 2,
      staleCases: 1,
      money: { CNY: { underNegotiationFen: 900000, agreedFen: 400000 }, TWD: { agreedFen: 0 } },
    });
    expect(response.body.totals.openByStage).toMatchObject({
      intake: 2,
      creditor_contact: 1,
      negotiating: 1,
    });
  });

  it('gives median days per stage, the funnel of the cases opened in the period, and money saved', async () => {
    const response = await workload(firm.managerA).expect(200);
    const a1 = response.body.officers.find((o: Load) => o.officerId === firm.officerA1.user.id);
    const medians = {
      intake: 3,
      documents: 4,
      creditor_contact: 8,
      negotiating: 3,
      agreed: null,
      repaying: null,
      credit_repair: null,
    };
    expect(a1.medianDaysByStage).toEqual(medians);
    expect(response.body.totals.medianDaysByStage).toEqual(medians);
    expect(expectedSavedFen).toBeGreaterThan(0);
    expect(a1.money.CNY.savedFen).toBe(expectedSavedFen);
    expect(response.body.totals.money.CNY.savedFen).toBe(expectedSavedFen);
    expect(response.body.funnel).toEqual([
      { step: 'intake', cases: 6, conversionFromPrevious: null },
      { step: 'documents', cases: 3, conversionFromPrevious: 0.5 },
      { step: 'creditor_contact', cases: 3, conversionFromPrevious: 1 },
      { step: 'negotiating', cases: 2, conversionFromPrevious: 0.6667 },
      { step: 'agreed', cases: 1, conversionFromPrevious: 0.5 },
      { step: 'repaying', cases: 0, conversionFromPrevious: 0 },
      { step: 'resolved', cases: 0, conversionFromPrevious: null },
    ]);
    // Stays that ended before the period do not count; a case opened before it is not in its funnel.
    const before = await workload(firm.managerA, {
      from: addDays(today(), -40),
      to: addDays(today(), -31),
    }).expect(200);
    expect(before.body.totals.medianDaysByStage.intake).toBeNull();
    expect(before.body.funnel[0]).toEqual({ step: 'intake', cases: 0, conversionFromPrevious: null });
  });

  it('counts what came in, was closed and was agreed within the period only', async () => {
    const yesterday = addDays(today(), -1);
    const response = await workload(firm.managerA, { from: yesterday, to: yesterday }).expect(200);
    expect(response.body.totals).toMatchObject({
      opened: 0,
      closed: 0,
      openCases: 5,
      money: { CNY: { underNegotiationFen: 900000, agreedFen: 0 } },
    });
  });

  it('shows a manager only their team, admins the firm or one team, officers nothing', async () => {
    await workload(firm.managerA, { teamId: firm.teamB }).expect(404);
    await workload(firm.managerB, { teamId: firm.teamA }).expect(404);
    const b = await workload(firm.managerB).expect(200);
    expect(b.body.officers.map((o: Load) => o.officerId)).toEqual([firm.officerB1.user.id]);
    expect(b.body.totals.money.CNY.underNegotiationFen).toBe(0);
    const all = await workload(firm.admin).expect(200);
    expect(all.body.totals).toMatchObject({ officers: 3, openCases: 6 });
    const one = await workload(firm.admin, { teamId: firm.teamB }).expect(200);
    expect(one.body.totals).toMatchObject({ officers: 1, openCases: 1 });
    await workload(firm.admin, { teamId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await workload(firm.officerA1).expect(403);
  });

  it('refuses a period that runs backwards or is longer than a year, and malformed dates', async () => {
    const backwards = await workload(firm.managerA, { from: today(), to: addDays(today(), -1) }).expect(422);
    expect(backwards.body.code).toBe('PERIOD_INVALID');
    await workload(firm.managerA, { from: addDays(today(), -400), to: today() }).expect(422);
    await workload(firm.managerA, { from: '2026-02-30' }).expect(400);
    await workload(firm.managerA, { teamId: 'team-a' }).expect(400);
  });

  it('counts an installment as missed only until payments cover it', async () => {
    const [first] = await db().query(
      `SELECT id, amount_fen::int AS "amountFen", due_date::text AS "dueDate" FROM installments
        WHERE plan_id = $1 AND number = 1`,
      [agreedPlanId],
    );
    const missed = async () =>
      (await workload(firm.managerA).expect(200)).body.officers.find(
        (o: Load) => o.officerId === firm.officerA1.user.id,
      ).missedInstallments;
    expect(await missed()).toBe(2);
    await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: first.amountFen - 1,
        paidOn: today(),
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);
    expect(await missed()).toBe(2);
    await api
      .http()
      .post(`/api/installments/${first.id}/payments`)
      .set(firm.officerA1.auth)
      .send({
        amountFen: 1,
        paidOn: today(),
        method: 'alipay',
        payeeKind: 'creditor_account',
        payeeName: '招商銀行信用卡中心',
      })
      .expect(201);
    expect(await missed()).toBe(1);
  });

  it('moves a case’s late work with it when reassigned, and a later contact answers a follow-up', async () => {
    const overdueOf = async (officerId: string) =>
      (await workload(firm.managerA).expect(200)).body.officers.find((o: Load) => o.officerId === officerId)
        .overdue;
    expect(await overdueOf(firm.officerA1.user.id)).toEqual({ reminders: 2, documents: 0, followUps: 1 });
    expect(await overdueOf(firm.officerA2.user.id)).toEqual({ reminders: 0, documents: 0, followUps: 0 });
    await api
      .http()
      .post('/api/cases/reassign')
      .set(firm.managerA.auth)
      .send({ caseIds: [talksCaseId], officerId: firm.officerA2.user.id, reason: '平衡工作量' })
      .expect(200);
    expect(await overdueOf(firm.officerA1.user.id)).toEqual({ reminders: 0, documents: 0, followUps: 0 });
    expect(await overdueOf(firm.officerA2.user.id)).toEqual({ reminders: 2, documents: 0, followUps: 1 });
    await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA2.auth)
      .send({
        caseId: talksCaseId,
        party: 'creditor',
        channel: 'hotline',
        occurredAt: new Date().toISOString(),
        summary: '債權人回覆仍在審核',
      })
      .expect(201);
    expect(await overdueOf(firm.officerA2.user.id)).toEqual({ reminders: 2, documents: 0, followUps: 0 });
  });

  it('serves the whole firm’s standard view from the worker’s snapshot while it is fresh, saying when', async () => {
    const live = await workload(firm.admin).expect(200);
    expect(live.body.source).toBe('live');
    const team = api.app.get(TeamWorkloadService);
    const taken = await team.refreshFirmSnapshot();
    const served = await workload(firm.admin).expect(200);
    expect(served.body).toEqual({ ...taken, source: 'snapshot' });
    expect(served.body.totals).toEqual(live.body.totals);
    // The standard period asked for by its dates is the same view; any other period, a team and a
    // manager are read live.
    const same = await workload(firm.admin, { from: addDays(today(), -29), to: today() }).expect(200);
    expect(same.body.source).toBe('snapshot');
    const chosen = await workload(firm.admin, { from: addDays(today(), -30), to: today() }).expect(200);
    expect(chosen.body.source).toBe('live');
    expect((await workload(firm.admin, { teamId: firm.teamA }).expect(200)).body.source).toBe('live');
    expect((await workload(firm.managerA).expect(200)).body.source).toBe('live');
    // Older than a few minutes: read live again.
    await db().query(`UPDATE workload_snapshots SET taken_at = taken_at - interval '10 minutes'`);
    expect((await workload(firm.admin).expect(200)).body.source).toBe('live');
  });

  it('stops counting a plan that closing the case ended unpaid, in what was agreed and saved', async () => {
    const before = await workload(firm.managerA).expect(200);
    expect(before.body.totals.money.CNY).toMatchObject({ agreedFen: 400000, savedFen: expectedSavedFen });
    const [{ case_id: caseId }] = await db().query(`SELECT case_id FROM repayment_plans WHERE id = $1`, [
      agreedPlanId,
    ]);
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.managerA.auth)
      .send({ to: 'closed', outcome: 'failed', closingNote: '客戶失聯，債權人取消方案' })
      .expect(200);
    const after = await workload(firm.managerA).expect(200);
    expect(after.body.totals.money.CNY).toMatchObject({ agreedFen: 0, savedFen: 0 });
  });
});
