import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { acceptedPlan, submittedProposal } from './support/proposals';

const api = useApiApp('creditor-report');
let firm: TestFirm;
let huabei: string;
let card: string;
let seq = 28000;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const db = () => api.app.get(DataSource);

/** When a proposal went to the creditor and when they answered, in days before now. */
const timed = (id: string, submittedDaysAgo: number, decidedDaysAgo: number | null) =>
  db().query(
    `UPDATE proposals SET submitted_at = now() - make_interval(days => $2),
            decided_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END
      WHERE id = $1`,
    [id, submittedDaysAgo, decidedDaysAgo],
  );

async function debtOf(owner: Member, creditorId: string) {
  const opened = await openCase(api, owner, {
    serial: seq++,
    debts: [{ creditorId, outstandingFen: 500000 }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  return opened.debtIds[0];
}

const proposalOf = (planId: string) =>
  db()
    .query(`SELECT proposal_id FROM repayment_plans WHERE id = $1`, [planId])
    .then((rows: { proposal_id: string }[]) => rows[0].proposal_id);

const firstDueDate = () => addDays(today(), 20);

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei, card } = await catalogCreditors(api, firm.admin));

  // Team A, Huabei: installments turned down, then installments accepted on the same debt (7 days
  // from the first proposal to the yes); on another debt 停息掛賬 with penalty waived accepted in 5 days.
  const first = await debtOf(firm.officerA1, huabei);
  const refused = await submittedProposal(api, firm.officerA1, {
    debtId: first,
    kind: 'installments',
    totalFen: 500000,
    // Within Huabei's longest plan (12 months): a longer one is refused before it reaches the creditor.
    months: 12,
    firstDueDate: firstDueDate(),
  });
  await api
    .http()
    .patch(`/api/proposals/${refused}`)
    .set(firm.officerA1.auth)
    .send({ status: 'rejected', version: 2, creditorAnswer: '要求先繳一期' })
    .expect(200);
  await timed(refused, 10, 9);
  const agreed = await proposalOf(
    await acceptedPlan(api, firm.officerA1, {
      debtId: first,
      kind: 'installments',
      totalFen: 480000,
      months: 12,
      firstDueDate: firstDueDate(),
    }),
  );
  await timed(agreed, 8, 3);
  const waiver = await proposalOf(
    await acceptedPlan(api, firm.officerA2, {
      debtId: await debtOf(firm.officerA2, huabei),
      kind: 'interest_freeze',
      totalFen: 470000,
      months: 6,
      firstDueDate: firstDueDate(),
      waivedPenaltyFen: 30000,
    }),
  );
  await timed(waiver, 6, 1);
  // Team A, the bank card: a lump sum still waiting for an answer, and a draft never sent.
  const cardDebt = await debtOf(firm.officerA1, card);
  await timed(
    await submittedProposal(api, firm.officerA1, { debtId: cardDebt, kind: 'lump_sum', totalFen: 250000 }),
    2,
    null,
  );
  await api
    .http()
    .post('/api/proposals')
    .set(firm.officerA1.auth)
    .send({ debtId: cardDebt, kind: 'deferral', totalFen: 500000, months: 3 })
    .expect(201);
  // Team B, Huabei: turned down.
  const other = await submittedProposal(api, firm.officerB1, {
    debtId: await debtOf(firm.officerB1, huabei),
    kind: 'installments',
    totalFen: 500000,
    months: 12,
    firstDueDate: firstDueDate(),
  });
  await api
    .http()
    .patch(`/api/proposals/${other}`)
    .set(firm.officerB1.auth)
    .send({ status: 'rejected', version: 2 })
    .expect(200);
});

const report = (member: Member, query: Record<string, string> = {}) =>
  api.http().get('/api/reports/creditors').query(query).set(member.auth);

const kindOf = (row: { byKind: { kind: string }[] }, kind: string) => row.byKind.find((k) => k.kind === kind);

describe('GET /api/reports/creditors', () => {
  it('gives the manager’s team each creditor’s acceptance per kind, days to agreement and penalty waived', async () => {
    const response = await report(firm.managerA).expect(200);
    expect(response.body.period).toEqual({ from: addDays(today(), -29), to: today() });
    const rows = response.body.creditors;
    expect(rows.map((r: { creditorId: string }) => r.creditorId).sort()).toEqual([huabei, card].sort());
    const h = rows.find((r: { creditorId: string }) => r.creditorId === huabei);
    expect(h).toMatchObject({
      submitted: 3,
      accepted: 2,
      rejected: 1,
      acceptanceRate: 0.6667,
      medianDaysToAgreement: 6,
      averagePenaltyWaivedFen: 15000,
      agreedFen: 950000,
    });
    expect(kindOf(h, 'installments')).toEqual({
      kind: 'installments',
      submitted: 2,
      accepted: 1,
      rejected: 1,
      acceptanceRate: 0.5,
    });
    expect(kindOf(h, 'interest_freeze')).toMatchObject({ submitted: 1, accepted: 1, acceptanceRate: 1 });
    expect(kindOf(h, 'lump_sum')).toMatchObject({ submitted: 0, acceptanceRate: null });
    const c = rows.find((r: { creditorId: string }) => r.creditorId === card);
    expect(c).toMatchObject({
      submitted: 1,
      accepted: 0,
      rejected: 0,
      acceptanceRate: null,
      medianDaysToAgreement: null,
      averagePenaltyWaivedFen: null,
      agreedFen: 0,
    });
    expect(kindOf(c, 'deferral')).toMatchObject({ submitted: 0 });
  });

  it('counts the proposals first sent in the period only', async () => {
    const empty = await report(firm.managerA, { from: addDays(today(), -60), to: addDays(today(), -11) });
    expect(empty.status).toBe(200);
    expect(empty.body.creditors).toEqual([]);
    const lastWeek = await report(firm.managerA, { from: addDays(today(), -7), to: today() }).expect(200);
    const h = lastWeek.body.creditors.find((r: { creditorId: string }) => r.creditorId === huabei);
    // The installments sent 8 and 10 days ago are out; the waiver sent 6 days ago is in.
    expect(h).toMatchObject({ submitted: 1, accepted: 1, rejected: 0, medianDaysToAgreement: 5 });
  });

  it('shows managers their team, admins the firm or a team, officers nothing', async () => {
    const firmWide = await report(firm.admin).expect(200);
    const h = firmWide.body.creditors.find((r: { creditorId: string }) => r.creditorId === huabei);
    expect(h).toMatchObject({ submitted: 4, accepted: 2, rejected: 2, acceptanceRate: 0.5 });
    const teamB = await report(firm.admin, { teamId: firm.teamB }).expect(200);
    expect(teamB.body.creditors).toHaveLength(1);
    expect(teamB.body.creditors[0]).toMatchObject({ creditorId: huabei, submitted: 1, rejected: 1 });
    await report(firm.managerA, { teamId: firm.teamB }).expect(404);
    await report(firm.officerA1).expect(403);
    const backwards = await report(firm.managerA, { from: today(), to: addDays(today(), -1) }).expect(422);
    expect(backwards.body.code).toBe('PERIOD_INVALID');
    await report(firm.managerA, { from: 'yesterday' }).expect(400);
    await report(firm.managerA, { format: 'xml' }).expect(400);
  });

  it('exports the report as CSV in the chosen language, amounts in yuan', async () => {
    const csv = await api
      .http()
      .get('/api/reports/creditors/export')
      .query({ locale: 'en' })
      .set(firm.managerA.auth)
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="creditor-report-${today()}.csv"`);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0].split(',').slice(0, 9)).toEqual([
      'Creditor',
      'Currency',
      'Proposals',
      'Accepted',
      'Rejected',
      'Acceptance rate',
      'Median days to agreement',
      'Average penalty waived',
      'Agreed in period',
    ]);
    expect(lines).toHaveLength(3);
    const huabeiLine = lines.find((l) => l.includes(',3,2,1,'));
    expect(huabeiLine?.split(',').slice(1, 9)).toEqual([
      'CNY',
      '3',
      '2',
      '1',
      '0.6667',
      '6',
      '150.00',
      '9500.00',
    ]);
    const zh = await api.http().get('/api/reports/creditors/export').set(firm.managerA.auth).expect(200);
    expect(zh.text.startsWith('\uFEFF債權人,幣別,提出方案,接受,拒絕,接受率')).toBe(true);
    await api
      .http()
      .get('/api/reports/creditors/export')
      .query({ locale: 'fr' })
      .set(firm.managerA.auth)
      .expect(400);
    await api.http().get('/api/reports/creditors/export').set(firm.officerA1.auth).expect(403);
  });
});

describe('GET /api/workload/export', () => {
  it('gives one row per officer of the team and the totals', async () => {
    const [json, csv] = await Promise.all([
      api.http().get('/api/workload').set(firm.managerA.auth).expect(200),
      api.http().get('/api/workload/export').query({ locale: 'en' }).set(firm.managerA.auth).expect(200),
    ]);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="workload-${today()}.csv"`);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0].startsWith('Officer,Open cases,Intake,Documents,Creditor contact,Negotiating')).toBe(
      true,
    );
    expect(lines).toHaveLength(2 + json.body.officers.length);
    const total = lines[lines.length - 1].split(',');
    expect(total[0]).toBe('Total');
    expect(Number(total[1])).toBe(json.body.totals.openCases);
    // Money per currency at the end: under negotiation, agreed, saved, each in CNY then TWD.
    expect(total.at(-6)).toBe((json.body.totals.money.CNY.underNegotiationFen / 100).toFixed(2));
    expect(total.at(-5)).toBe((json.body.totals.money.TWD.underNegotiationFen / 100).toFixed(2));
    await api.http().get('/api/workload/export').set(firm.officerA1.auth).expect(403);
    await api
      .http()
      .get('/api/workload/export')
      .query({ teamId: firm.teamB })
      .set(firm.managerA.auth)
      .expect(404);
  });
});
