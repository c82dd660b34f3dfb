import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { buildFirm, taiwanId, type Member, type TestFirm } from './support/firm';

const api = useApiApp('import');
let firm: TestFirm;
let db: DataSource;

beforeAll(async () => {
  firm = await buildFirm(api);
  db = api.app.get(DataSource);
  await seedCreditorCatalog(db);
});

const HEADER = '姓名,證件號碼,電話,同意,逾期原因,債權人,本金,未償金額,逾期金額,逾期日';
const count = async (table: string) =>
  (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const csv = (lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;
const post = (path: string, body: string, auth: Record<string, string>) =>
  api.http().post(`/api/imports/clients/${path}`).set(auth).set('Content-Type', 'text/csv').send(body);

describe('client import', () => {
  it('previews a file with per-row problems and writes nothing', async () => {
    const before = await count('clients');
    const file = csv([
      `王小明,${taiwanId(1)},0912000001,是,失業,支付寶花唄,2000,2000,2000,2026-10-01`,
      `李美華,A123456788,,否,疾病,支付寶借唄,5000,5000,,`,
      `陳大同,${taiwanId(2)},,是,其他,不存在的銀行,100,100,,`,
    ]);
    const preview = await post('preview', file, firm.officerA1.auth).expect(200);
    expect(preview.body).toMatchObject({ rows: 3, valid: false, problemCount: 2 });
    expect(preview.body.problems.map((p: { row: number; code: string }) => `${p.row}:${p.code}`)).toEqual([
      '3:INVALID_ID_NUMBER',
      '4:CREDITOR_UNKNOWN',
    ]);
    expect(await count('clients')).toBe(before);
  });

  it('previews what each client owes per currency, from each creditor’s market, never summed', async () => {
    const id = taiwanId(30);
    const file = csv([
      `林怡君,${id},,是,失業,支付寶花唄,2000,2000,,`,
      `林怡君,${id},,是,失業,中國信託商業銀行,80000,80000,,`,
      `林怡君,${id},,是,失業,國泰世華銀行,1000.50,1000.50,,`,
      `黃志明,${taiwanId(31)},,是,失業,不存在的銀行,100,100,,`,
    ]);
    const preview = await post('preview', file, firm.officerA1.auth).expect(200);
    expect(preview.body.sample).toEqual([
      expect.objectContaining({ row: 2, debts: 3, outstanding: { CNY: 200000, TWD: 8100050 } }),
      // The unknown creditor (a problem of the file) has no currency yet: its amount is in no total.
      expect.objectContaining({ row: 5, debts: 1, outstanding: {} }),
    ]);
    expect(preview.body.outstanding).toEqual({ CNY: 200000, TWD: 8100050 });
    expect(preview.body.sample[0].outstandingFen).toBeUndefined();
  });

  it('commits nothing when any row is wrong (all or nothing)', async () => {
    const before = {
      clients: await count('clients'),
      cases: await count('cases'),
      debts: await count('debts'),
    };
    const file = csv([
      `甲,${taiwanId(3)},,是,失業,支付寶花唄,1,1,1,`,
      `乙,${taiwanId(4)},,是,失業,支付寶花唄,abc,1,1,`,
    ]);
    const refused = await post('commit', file, firm.officerA1.auth).expect(422);
    expect(refused.body).toMatchObject({ code: 'IMPORT_HAS_ERRORS', details: { problemCount: 1 } });
    expect({
      clients: await count('clients'),
      cases: await count('cases'),
      debts: await count('debts'),
    }).toEqual(before);
  });

  it('writes clients, one case each with its debts and totals, for the importing officer', async () => {
    const id = taiwanId(10);
    const file = csv([
      `王小明,${id},0912-000-010,是,失業,支付寶花唄,"2,000",2000,2000,2026-10-01`,
      `王小明,${id},0912-000-010,是,失業,招商銀行信用卡,15000,15000.50,3000,2026/09/01`,
      `林靜,${taiwanId(11)},,否,疾病,支付寶借唄,5000,5000,,`,
    ]);
    const done = await post('commit', file, firm.officerA1.auth).expect(201);
    expect(done.body).toEqual({ clients: 2, cases: 2, debts: 3 });
    const list = await api
      .http()
      .post('/api/clients/lookup')
      .send({ idNumber: id })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(list.body.data[0]).toMatchObject({
      fullName: '王小明',
      officerId: firm.officerA1.user.id,
      consentPurposes: ['debt_negotiation', 'contact_creditors'],
    });
    const cases = await api
      .http()
      .get('/api/cases')
      .query({ clientId: list.body.data[0].id })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(cases.body.data[0]).toMatchObject({
      stage: 'intake',
      totalOutstandingFen: 1700050,
      totalOverdueFen: 500000,
      openDebtCount: 2,
      earliestOverdueSince: '2026-09-01',
    });
    const again = await post('commit', file, firm.officerA1.auth).expect(422);
    expect(again.body.details.problems[0].code).toBe('CLIENT_EXISTS');
    const audit = await db.query(
      `SELECT details FROM audit_log WHERE action = 'clients.imported' AND actor_id = $1`,
      [firm.officerA1.user.id],
    );
    expect(audit[0].details).toEqual({ clients: 2, cases: 2, debts: 3 });
  });

  it('a manager names an officer of their team per client', async () => {
    const header = `${HEADER},承辦人`;
    const file = `${header}\n甲乙,${taiwanId(20)},,是,失業,支付寶花唄,1,1,1,,${firm.officerA2.user.email}\n丙丁,${taiwanId(21)},,是,失業,支付寶花唄,1,1,1,,${firm.officerB1.user.email}\n戊己,${taiwanId(22)},,是,失業,支付寶花唄,1,1,1,,\n`;
    const preview = await post('preview', file, firm.managerA.auth).expect(200);
    expect(preview.body.problems.map((p: { row: number; code: string }) => `${p.row}:${p.code}`)).toEqual([
      '3:OFFICER_UNKNOWN',
      '4:OFFICER_REQUIRED',
    ]);
  });

  it('refuses a body that is not CSV text', async () => {
    await api
      .http()
      .post('/api/imports/clients/preview')
      .set(firm.officerA1.auth)
      .send({ file: 'x' })
      .expect(400);
  });

  it('imports 10,000 rows in one transaction', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const id = taiwanId(100000 + i);
      lines.push(
        `客戶${i},${id},,是,失業,支付寶花唄,1000,1000,500,2026-08-01`,
        `客戶${i},${id},,是,失業,支付寶借唄,2000,2000,2000,2026-07-01`,
      );
    }
    const before = await count('debts');
    const done = await post('commit', csv(lines), firm.officerA2.auth).expect(201);
    expect(done.body).toEqual({ clients: 5000, cases: 5000, debts: 10000 });
    expect((await count('debts')) - before).toBe(10000);
    const [{ wrong }] = await db.query(
      `SELECT count(*)::int AS wrong FROM cases WHERE officer_id = $1 AND (total_outstanding_fen <> 300000 OR open_debt_count <> 2)`,
      [firm.officerA2.user.id],
    );
    expect(wrong).toBe(0);
  });
});

describe('case export', () => {
  it('exports the filtered list as CSV with a BOM and zh-TW or English headers', async () => {
    const response = await api
      .http()
      .get('/api/cases/export')
      .query({ stage: 'intake', sort: 'reference' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text: string = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      '案件編號,客戶,承辦人,階段,幣別,未償金額,逾期金額,最長逾期天數,訴訟風險,開案日,結案日',
    );
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).join('\n')).toContain('17000.50');
    const en = await api
      .http()
      .get('/api/cases/export')
      .query({ locale: 'en' })
      .set(firm.officerB1.auth)
      .expect(200);
    expect(en.text.slice(1).trim()).toBe(
      'Reference,Client,Officer,Stage,Currency,Outstanding,Overdue,Max days overdue,Litigation risk,Opened on,Closed on',
    );
    await api.http().get('/api/cases/export').query({ locale: 'fr' }).set(firm.officerA1.auth).expect(400);
  });
});

describe('client import: duplicates of clients on file', () => {
  /** On file for officer A1 (team A) and officer B1 (team B), each with a case. */
  const OWN = { name: '范文同', id: taiwanId(70001), phone: '0933-000-001' };
  const OTHER = { name: '褚明珠', id: taiwanId(70002), phone: '0933-000-002' };
  const filed = { own: { clientId: '', reference: '' }, other: { clientId: '', reference: '' } };
  const OFFICER_NAMES = { a1: '甲一承辦', b1: '乙一承辦' };

  const fileClient = async (owner: Member, person: typeof OWN) => {
    const client = await api
      .http()
      .post('/api/clients')
      .set(owner.auth)
      .send({
        fullName: person.name,
        idType: 'tw_national_id',
        idNumber: person.id,
        phone: person.phone,
        consentPurposes: ['debt_negotiation'],
      })
      .expect(201);
    const opened = await api
      .http()
      .post('/api/cases')
      .set(owner.auth)
      .send({ clientId: client.body.id, overdueReason: 'job_loss' })
      .expect(201);
    return { clientId: client.body.id as string, reference: opened.body.reference as string };
  };

  beforeAll(async () => {
    await db.query(`UPDATE users SET full_name = $2 WHERE id = $1`, [
      firm.officerA1.user.id,
      OFFICER_NAMES.a1,
    ]);
    await db.query(`UPDATE users SET full_name = $2 WHERE id = $1`, [
      firm.officerB1.user.id,
      OFFICER_NAMES.b1,
    ]);
    filed.own = await fileClient(firm.officerA1, OWN);
    filed.other = await fileClient(firm.officerB1, OTHER);
  });

  /**
   * Line 2 repeats A1's client by ID number; line 3 B1's client by ID number and phone (under another
   * name, so nothing of B1's client can come back from the file itself); line 4 B1's client's phone;
   * line 5 A1's client's phone. `officer` fills in the column managers and admins must give.
   */
  const duplicates = (officer?: string) => {
    const tail = officer ? `,${officer}` : '';
    const header = officer ? `${HEADER},承辦人` : HEADER;
    const lines = [
      `某甲,${OWN.id},,是,失業,支付寶花唄,1,1,1,${tail}`,
      `某乙,${OTHER.id},${OTHER.phone},是,失業,支付寶花唄,1,1,1,${tail}`,
      `某丙,${taiwanId(70003)},${OTHER.phone},是,失業,支付寶花唄,1,1,1,${tail}`,
      `某丁,${taiwanId(70004)},${OWN.phone},是,失業,支付寶花唄,1,1,1,${tail}`,
    ];
    return `${header}\n${lines.join('\n')}\n`;
  };
  type Problem = { row: number; field: string; code: string; message: string; existing?: unknown };
  const byRow = (problems: Problem[]) => problems.map(({ row, field, code }) => `${row}:${field}:${code}`);
  const ownExisting = () => ({
    clientId: filed.own.clientId,
    fullName: OWN.name,
    officerName: OFFICER_NAMES.a1,
    caseReference: filed.own.reference,
  });
  const otherExisting = () => ({
    clientId: filed.other.clientId,
    fullName: OTHER.name,
    officerName: OFFICER_NAMES.b1,
    caseReference: filed.other.reference,
  });
  /** Nothing that names B1's client may be anywhere in an answer to someone outside team B. */
  const expectNothingOfOther = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of [
      filed.other.clientId,
      filed.other.reference,
      OTHER.name,
      OFFICER_NAMES.b1,
      firm.officerB1.user.id,
      firm.officerB1.user.email,
    ])
      expect(text).not.toContain(secret);
  };

  it("tells an officer only that another team's client exists, and names their own", async () => {
    const preview = await post('preview', duplicates(), firm.officerA1.auth).expect(200);
    const problems: Problem[] = preview.body.problems;
    expect(byRow(problems)).toEqual([
      '2:idNumber:CLIENT_EXISTS',
      '3:idNumber:DUPLICATE_OUTSIDE_SCOPE',
      '4:phone:DUPLICATE_OUTSIDE_SCOPE',
      '5:phone:PHONE_EXISTS',
    ]);
    expect(problems[0].existing).toEqual(ownExisting());
    expect(problems[3].existing).toEqual(ownExisting());
    for (const outside of [problems[1], problems[2]]) {
      expect(outside).toEqual({
        row: outside.row,
        field: outside.field,
        code: 'DUPLICATE_OUTSIDE_SCOPE',
        message: 'Already a client of the firm; ask your manager',
      });
    }
    expectNothingOfOther(preview.body);
  });

  it("refuses the import the same way, without naming the other team's client", async () => {
    const before = await count('clients');
    const refused = await post('commit', duplicates(), firm.officerA1.auth).expect(422);
    expect(refused.body.code).toBe('IMPORT_HAS_ERRORS');
    expect(byRow(refused.body.details.problems)).toEqual([
      '2:idNumber:CLIENT_EXISTS',
      '3:idNumber:DUPLICATE_OUTSIDE_SCOPE',
      '4:phone:DUPLICATE_OUTSIDE_SCOPE',
      '5:phone:PHONE_EXISTS',
    ]);
    expectNothingOfOther(refused.body);
    expect(await count('clients')).toBe(before);
  });

  it("names a manager's team's clients and not another team's; an admin's every one", async () => {
    const managerA = await post('preview', duplicates(firm.officerA1.user.email), firm.managerA.auth).expect(
      200,
    );
    expect(byRow(managerA.body.problems)).toEqual([
      '2:idNumber:CLIENT_EXISTS',
      '3:idNumber:DUPLICATE_OUTSIDE_SCOPE',
      '4:phone:DUPLICATE_OUTSIDE_SCOPE',
      '5:phone:PHONE_EXISTS',
    ]);
    expect(managerA.body.problems[0].existing).toEqual(ownExisting());
    expectNothingOfOther(managerA.body);

    const managerB = await post('preview', duplicates(firm.officerB1.user.email), firm.managerB.auth).expect(
      200,
    );
    expect(byRow(managerB.body.problems)).toEqual([
      '2:idNumber:DUPLICATE_OUTSIDE_SCOPE',
      '3:idNumber:CLIENT_EXISTS',
      '3:phone:PHONE_EXISTS',
      '4:phone:PHONE_EXISTS',
      '5:phone:DUPLICATE_OUTSIDE_SCOPE',
    ]);
    expect(managerB.body.problems[1].existing).toEqual(otherExisting());
    expect(JSON.stringify(managerB.body)).not.toContain(filed.own.clientId);
    expect(JSON.stringify(managerB.body)).not.toContain(OWN.name);

    const admin = await post('preview', duplicates(firm.officerA2.user.email), firm.admin.auth).expect(200);
    expect(byRow(admin.body.problems)).toEqual([
      '2:idNumber:CLIENT_EXISTS',
      '3:idNumber:CLIENT_EXISTS',
      '3:phone:PHONE_EXISTS',
      '4:phone:PHONE_EXISTS',
      '5:phone:PHONE_EXISTS',
    ]);
    expect(admin.body.problems.map((p: Problem) => p.existing)).toEqual([
      ownExisting(),
      otherExisting(),
      otherExisting(),
      otherExisting(),
      ownExisting(),
    ]);
  });

  it('audits each preview and refused import with its counts, never the ID numbers or phones', async () => {
    await post('preview', duplicates(), firm.officerA2.auth).expect(200);
    await post('commit', duplicates(), firm.officerA2.auth).expect(422);
    const rows: { action: string; details: unknown; request_id: string | null }[] = await db.query(
      `SELECT action, details, request_id FROM audit_log
        WHERE actor_id = $1 AND action IN ('clients.import_previewed', 'clients.import_refused') ORDER BY id`,
      [firm.officerA2.user.id],
    );
    // Officer A2 is in A1's team but A1's client is not theirs: every duplicate is outside their cases.
    const expected = {
      rows: 4,
      clients: 4,
      problems: 4,
      duplicates: { inScope: 0, outsideScope: 4, withinFile: 0 },
    };
    expect(rows.map((r) => [r.action, r.details])).toEqual([
      ['clients.import_previewed', expected],
      ['clients.import_refused', expected],
    ]);
    expect(rows.every((r) => r.request_id)).toBe(true);
    const logged = JSON.stringify(
      await db.query(
        `SELECT * FROM audit_log WHERE action IN ('clients.import_previewed', 'clients.import_refused')`,
      ),
    );
    for (const secret of [OWN.id, OTHER.id, taiwanId(70003), '0933000001', '0933-000-002', '0933000002'])
      expect(logged).not.toContain(secret);
  });
});
