import { addDays, calendarDateIn } from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase, setConsent } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';
import { samplePdf } from './support/sample-files';

/**
 * [7/10] The credit record: entries read from the client's report with until when each shows and the
 * 2025 relief worked out, disputes filed with evidence and answered as the agency answered, the
 * credit-record stage's conditions, and who may see and do what.
 */
const api = useApiApp('credit-record', { STORAGE_DIR: mkdtempSync(join(tmpdir(), 'accord-credit-')) });
const http = api.http;
let firm: TestFirm;
let huabei: string;
let serial = 8100;
const today = () => calendarDateIn(new Date(), 'Asia/Taipei');
const db = () => api.app.get(DataSource);

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  await seedDocumentTemplates(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

/** A case in documents whose client consents to negotiation and credit disputes, with one uploaded file. */
async function disputableCase(owner: Member, consent = ['debt_negotiation', 'credit_dispute']) {
  const { caseId, debtIds } = await openCase(api, owner, {
    serial: serial++,
    debts: [{ creditorId: huabei, outstandingFen: 86000 }],
    moveTo: ['documents'],
  });
  await setConsent(api, owner, caseId, consent);
  const items = await http()
    .get('/api/document-requirements')
    .query({ caseId, perPage: 100 })
    .set(owner.auth)
    .expect(200);
  const item = items.body.data[0] as { id: string };
  const uploaded = await http()
    .post(`/api/document-requirements/${item.id}/files`)
    .set(owner.auth)
    .attach('file', samplePdf(`receipt ${caseId}`), {
      filename: 'receipt.pdf',
      contentType: 'application/pdf',
    })
    .expect(201);
  return { caseId, debtId: debtIds[0], fileId: uploaded.body.id as string };
}

const HUABEI_ENTRY = {
  market: 'CN',
  institution: '花唄（重慶螞蟻消費金融）',
  accountLast4: '0731',
  product: 'huabei',
  status: 'repaid_after_overdue',
  overdueFen: 86000,
  defaultStartedOn: '2023-05-02',
  repaidOn: '2026-02-15',
};
const CARD_ENTRY = {
  market: 'CN',
  institution: '招商銀行',
  accountLast4: '4821',
  product: 'credit_card',
  status: 'overdue',
  overdueFen: 2340000,
  defaultStartedOn: '2024-09-10',
};

const record = (owner: Member, caseId: string, entry: Record<string, unknown>) =>
  http()
    .post('/api/credit-report-entries')
    .set(owner.auth)
    .send({ caseId, ...entry });

describe('credit report entries', () => {
  it('say until when each shows and whether the 2025 relief applies', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const repaid = await record(firm.officerA1, caseId, HUABEI_ENTRY).expect(201);
    expect(repaid.body).toMatchObject({
      currency: 'CNY',
      shownUntil: { kind: 'date', until: '2031-02-15' },
      relief: { applies: true, reasons: [] },
      version: 1,
    });
    const owed = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    expect(owed.body).toMatchObject({
      shownUntil: { kind: 'until_repaid_plus', years: 5 },
      relief: { applies: false },
    });
    expect(owed.body.relief.reasons).toEqual(expect.arrayContaining(['amount_over_limit', 'not_repaid']));
    const whole = await http().get(`/api/cases/${caseId}/credit-record`).set(firm.officerA1.auth).expect(200);
    expect(whole.body.entries.map((e: { institution: string }) => e.institution)).toEqual([
      HUABEI_ENTRY.institution,
      CARD_ENTRY.institution,
    ]);
    const timeline = await http().get(`/api/cases/${caseId}/timeline`).set(firm.officerA1.auth);
    if (timeline.status === 200) expect(JSON.stringify(timeline.body)).toContain('credit_entry.recorded');
  });

  it('follow a Taiwan agency’s rule named as data, and refuse a rule where the law sets it', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const rules = await http().get('/api/credit-display-rules').set(firm.officerA1.auth).expect(200);
    expect(rules.body.map((r: { code: string }) => r.code)).toContain('jcic_card_late');
    const taiwan = { ...CARD_ENTRY, market: 'TW', institution: '國泰世華', repaidOn: '2025-08-31' };
    const missing = await record(firm.officerA1, caseId, taiwan).expect(422);
    expect(missing.body).toMatchObject({
      code: 'DISPLAY_RULE_INVALID',
      details: { field: 'displayRuleCode' },
    });
    const shown = await record(firm.officerA1, caseId, {
      ...taiwan,
      displayRuleCode: 'jcic_card_late',
    }).expect(201);
    expect(shown.body).toMatchObject({
      currency: 'TWD',
      shownUntil: { kind: 'date', until: '2026-08-31' },
      relief: null,
    });
    await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, displayRuleCode: 'jcic_card_late' }).expect(422);
    await record(firm.officerA1, caseId, { ...taiwan, displayRuleCode: 'no_such_rule' }).expect(422);
  });

  it('answer bad input with 400 or 422 and write nothing', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const other = await disputableCase(firm.officerA2);
    for (const bad of [
      { accountLast4: '12a4' },
      { overdueFen: -1 },
      { overdueFen: 1.5 },
      { repaidOn: '2026-02-30' },
      { market: 'HK' },
      { product: 'mortgage' },
      { status: 'erased' },
      { institution: '' },
      { surprise: true },
    ])
      expect((await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, ...bad })).status).toBe(400);
    const future = await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, repaidOn: addDays(today(), 1) });
    expect([future.status, future.body.details?.field]).toEqual([422, 'repaidOn']);
    const backwards = await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, repaidOn: '2023-01-01' });
    expect(backwards.status).toBe(422);
    const debt = await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, debtId: other.debtId });
    expect([debt.status, debt.body.code]).toEqual([422, 'DEBT_NOT_IN_CASE']);
    const file = await record(firm.officerA1, caseId, { ...HUABEI_ENTRY, reportFileId: other.fileId });
    expect([file.status, file.body.code]).toEqual([422, 'FILE_NOT_IN_CASE']);
    const whole = await http().get(`/api/cases/${caseId}/credit-record`).set(firm.officerA1.auth).expect(200);
    expect(whole.body.entries).toEqual([]);
  });

  it('are the case’s people’s alone: anyone else meets 404', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const entry = await record(firm.officerA1, caseId, HUABEI_ENTRY).expect(201);
    for (const [member, status] of [
      [firm.officerA1, 200],
      [firm.managerA, 200],
      [firm.admin, 200],
      [firm.officerA2, 404],
      [firm.managerB, 404],
      [firm.officerB1, 404],
    ] as const) {
      expect((await http().get(`/api/cases/${caseId}/credit-record`).set(member.auth)).status).toBe(status);
      expect((await http().get(`/api/credit-report-entries/${entry.body.id}`).set(member.auth)).status).toBe(
        status,
      );
    }
    const foreign = await record(firm.officerB1, caseId, HUABEI_ENTRY);
    expect([foreign.status, foreign.body.details?.field]).toEqual([422, 'caseId']);
    await http()
      .patch(`/api/credit-report-entries/${entry.body.id}`)
      .set(firm.officerB1.auth)
      .send({ overdueFen: 1, version: 1 })
      .expect(404);
    await http().delete(`/api/credit-report-entries/${entry.body.id}`).set(firm.officerB1.auth).expect(404);
  });

  it('are corrected with their version, and removed only while undisputed', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const corrected = await http()
      .patch(`/api/credit-report-entries/${entry.body.id}`)
      .set(firm.officerA1.auth)
      .send({ repaidOn: '2026-01-20', status: 'repaid_after_overdue', version: 1 })
      .expect(200);
    expect(corrected.body).toMatchObject({ version: 2, shownUntil: { kind: 'date', until: '2031-01-20' } });
    const stale = await http()
      .patch(`/api/credit-report-entries/${entry.body.id}`)
      .set(firm.officerA1.auth)
      .send({ overdueFen: 1, version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const typo = await record(firm.officerA1, caseId, HUABEI_ENTRY).expect(201);
    await http().delete(`/api/credit-report-entries/${typo.body.id}`).set(firm.officerA1.auth).expect(204);
  });
});

describe('credit disputes', () => {
  const prepare = (owner: Member, body: Record<string, unknown>) =>
    http().post('/api/credit-disputes').set(owner.auth).send(body);
  const step = (owner: Member, id: string, move: string, body: Record<string, unknown>) =>
    http().post(`/api/credit-disputes/${id}/${move}`).set(owner.auth).send(body);
  const DISPUTE = {
    grounds: ['already_repaid'],
    explanation: '該筆逾期已於 2026-02-15 全數清償，報告仍顯示逾期中。',
    venue: 'credit_reference_centre',
  };

  it('need the client’s consent to dispute', async () => {
    const { caseId } = await disputableCase(firm.officerA1, ['debt_negotiation']);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const refused = await prepare(firm.officerA1, { entryId: entry.body.id, ...DISPUTE }).expect(409);
    expect(refused.body).toMatchObject({ code: 'ACTION_REFUSED', details: { reasons: ['CONSENT_MISSING'] } });
  });

  it('are filed with evidence, answered after filing, with reminders of the 20-day answer, and stay as answered', async () => {
    const { caseId, fileId } = await disputableCase(firm.officerA1);
    const other = await disputableCase(firm.officerA2);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const draft = await prepare(firm.officerA1, { entryId: entry.body.id, ...DISPUTE }).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', filedOn: null, evidenceFileIds: [], version: 1 });
    const id = draft.body.id as string;

    const bare = await step(firm.officerA1, id, 'file', { filedOn: today(), version: 1 }).expect(409);
    expect(bare.body.details.reasons).toEqual(['DISPUTE_NEEDS_EVIDENCE']);
    const early = await step(firm.officerA1, id, 'answer', {
      answeredOn: today(),
      outcome: 'corrected',
      version: 1,
    }).expect(409);
    expect(early.body.details.reasons).toEqual(['DISPUTE_NOT_FILED']);
    const foreign = await http()
      .patch(`/api/credit-disputes/${id}`)
      .set(firm.officerA1.auth)
      .send({ evidenceFileIds: [other.fileId], version: 1 })
      .expect(422);
    expect(foreign.body.code).toBe('FILE_NOT_IN_CASE');
    await http()
      .patch(`/api/credit-disputes/${id}`)
      .set(firm.officerA1.auth)
      .send({ evidenceFileIds: [fileId], version: 1 })
      .expect(200);

    const filedOn = addDays(today(), -2);
    const ahead = await step(firm.officerA1, id, 'file', { filedOn: addDays(today(), 1), version: 2 }).expect(
      409,
    );
    expect(ahead.body.details.reasons).toEqual(['DATE_IN_FUTURE']);
    const filed = await step(firm.officerA1, id, 'file', { filedOn, version: 2 }).expect(200);
    expect(filed.body).toMatchObject({
      status: 'filed',
      filedOn,
      answerDueOn: addDays(filedOn, 20),
      overdue: false,
    });
    const reminders = await db().query(
      `SELECT kind, recipient, status FROM reminders WHERE subject_type = 'credit_dispute' AND subject_id = $1 ORDER BY due_at`,
      [id],
    );
    expect(reminders).toEqual([
      { kind: 'credit_dispute_due', recipient: 'officer', status: 'scheduled' },
      { kind: 'credit_dispute_due', recipient: 'officer', status: 'scheduled' },
      { kind: 'credit_dispute_overdue', recipient: 'manager', status: 'scheduled' },
    ]);
    // What was filed is what the agency has.
    const locked = await http()
      .patch(`/api/credit-disputes/${id}`)
      .set(firm.officerA1.auth)
      .send({ explanation: '改寫', version: 3 })
      .expect(409);
    expect(locked.body.details.reasons).toEqual(['DISPUTE_ALREADY_FILED']);

    const before = await step(firm.officerA1, id, 'answer', {
      answeredOn: addDays(filedOn, -1),
      outcome: 'corrected',
      version: 3,
    }).expect(409);
    expect(before.body.details.reasons).toContain('ANSWER_BEFORE_FILING');
    // Someone else's dispute answers as missing.
    await step(firm.officerB1, id, 'answer', {
      answeredOn: today(),
      outcome: 'corrected',
      version: 3,
    }).expect(404);
    await step(firm.managerB, id, 'withdraw', { reason: '不申請了', version: 3 }).expect(404);

    const answered = await step(firm.managerA, id, 'answer', {
      answeredOn: today(),
      outcome: 'no_error_found',
      answerFileId: fileId,
      answerNote: '徵信中心回覆：經查報送機構資料無誤。',
      version: 3,
    }).expect(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      outcome: 'no_error_found',
      answeredOn: today(),
    });
    const left = await db().query(
      `SELECT count(*)::int AS n FROM reminders WHERE subject_id = $1 AND status = 'scheduled'`,
      [id],
    );
    expect(left[0].n).toBe(0);
    const again = await step(firm.officerA1, id, 'withdraw', { reason: '改變主意', version: 4 }).expect(409);
    expect(again.body.details.reasons).toEqual(['DISPUTE_ALREADY_CLOSED']);
    // A disputed entry stays on the record.
    const remove = await http()
      .delete(`/api/credit-report-entries/${entry.body.id}`)
      .set(firm.officerA1.auth);
    expect([remove.status, remove.body.code]).toEqual([409, 'CREDIT_ENTRY_HAS_DISPUTES']);
  });

  it('answer bad bodies with 400', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    for (const bad of [
      { grounds: [] },
      { grounds: ['bad_luck'] },
      { grounds: ['other', 'other'] },
      { explanation: '' },
      { venue: 'newspaper' },
      { evidenceFileIds: ['not-a-uuid'] },
      { entryId: 'x' },
    ])
      expect((await prepare(firm.officerA1, { entryId: entry.body.id, ...DISPUTE, ...bad })).status).toBe(
        400,
      );
    const draft = await prepare(firm.officerA1, { entryId: entry.body.id, ...DISPUTE }).expect(201);
    for (const body of [
      { filedOn: '2026-13-01', version: 1 },
      { filedOn: today() },
      { filedOn: today(), version: 0 },
    ])
      expect((await step(firm.officerA1, draft.body.id, 'file', body)).status).toBe(400);
    expect(
      (
        await step(firm.officerA1, draft.body.id, 'answer', {
          answeredOn: today(),
          outcome: 'erased',
          version: 1,
        })
      ).status,
    ).toBe(400);
  });

  it('let one of two racing filings through, the other meets 409', async () => {
    const { caseId, fileId } = await disputableCase(firm.officerA1);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const draft = await prepare(firm.officerA1, {
      entryId: entry.body.id,
      ...DISPUTE,
      evidenceFileIds: [fileId],
    }).expect(201);
    const both = await Promise.all(
      [0, 1].map(() => step(firm.officerA1, draft.body.id, 'file', { filedOn: today(), version: 1 })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const reminders = await db().query(
      `SELECT count(*)::int AS n FROM reminders WHERE subject_id = $1 AND status = 'scheduled'`,
      [draft.body.id],
    );
    expect(reminders[0].n).toBe(3);
  });
});

describe('the credit-record stage', () => {
  const intoCreditRecord = (caseId: string) =>
    db().query(`UPDATE cases SET stage = 'credit_repair' WHERE id = $1`, [caseId]);
  const close = (owner: Member, caseId: string) =>
    http()
      .post(`/api/cases/${caseId}/transition`)
      .set(owner.auth)
      .send({ to: 'closed', outcome: 'resolved', closingNote: '信用紀錄處理完畢' });

  it('ends when every dispute is answered or withdrawn', async () => {
    const { caseId, fileId } = await disputableCase(firm.officerA1);
    const entry = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const draft = await http()
      .post('/api/credit-disputes')
      .set(firm.officerA1.auth)
      .send({
        entryId: entry.body.id,
        grounds: ['wrong_amount'],
        explanation: '金額有誤',
        venue: 'lender',
        evidenceFileIds: [fileId],
      })
      .expect(201);
    await intoCreditRecord(caseId);
    const open = await close(firm.officerA1, caseId).expect(409);
    expect(open.body.details.reasons).toContain('CREDIT_DISPUTES_OPEN');
    await http()
      .post(`/api/credit-disputes/${draft.body.id}/withdraw`)
      .set(firm.officerA1.auth)
      .send({ reason: '債權人已同意更正，不再申請', version: 1 })
      .expect(200);
    await close(firm.officerA1, caseId).expect(200);
  });

  it('may be skipped with a reason when nothing on the report is wrong', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    await record(firm.officerA1, caseId, HUABEI_ENTRY).expect(201);
    await intoCreditRecord(caseId);
    const unreviewed = await close(firm.officerA1, caseId).expect(409);
    expect(unreviewed.body.details.reasons).toContain('CREDIT_RECORD_NOT_REVIEWED');
    const blank = await http()
      .post(`/api/cases/${caseId}/credit-record/nothing-to-dispute`)
      .set(firm.officerA1.auth)
      .send({ reason: '  ' })
      .expect(409);
    expect(blank.body.details.reasons).toEqual(['NEEDS_REASON']);
    await http()
      .post(`/api/cases/${caseId}/credit-record/nothing-to-dispute`)
      .set(firm.officerB1.auth)
      .send({ reason: '均屬實' })
      .expect(404);
    const said = await http()
      .post(`/api/cases/${caseId}/credit-record/nothing-to-dispute`)
      .set(firm.officerA1.auth)
      .send({ reason: '報告所列紀錄均屬實，無可申請異議之處。' })
      .expect(200);
    expect(said.body.nothingToDispute).toMatchObject({ reason: '報告所列紀錄均屬實，無可申請異議之處。' });
    await close(firm.officerA1, caseId).expect(200);
  });
});

describe('the managers’ view', () => {
  /** A dispute on an entry of the case's debt, filed `daysAgo` days before today. */
  async function filedDispute(owner: Member, daysAgo: number) {
    const { caseId, debtId, fileId } = await disputableCase(owner);
    const entry = await record(owner, caseId, { ...CARD_ENTRY, debtId }).expect(201);
    const draft = await http()
      .post('/api/credit-disputes')
      .set(owner.auth)
      .send({
        entryId: entry.body.id,
        grounds: ['wrong_amount'],
        explanation: '金額與帳單不符',
        venue: 'lender',
        evidenceFileIds: [fileId],
      })
      .expect(201);
    const filed = await http()
      .post(`/api/credit-disputes/${draft.body.id}/file`)
      .set(owner.auth)
      .send({ filedOn: addDays(today(), -daysAgo), version: 1 })
      .expect(200);
    return filed.body as { id: string; version: number };
  }

  it('counts a team’s disputes open, due this week and past due, for its manager and admins only', async () => {
    const before = await http().get('/api/reports/credit-disputes').set(firm.managerA.auth).expect(200);
    await filedDispute(firm.officerA1, 1);
    await filedDispute(firm.officerA1, 16);
    await filedDispute(firm.officerA1, 25);
    const after = await http().get('/api/reports/credit-disputes').set(firm.managerA.auth).expect(200);
    expect(after.body).toMatchObject({ teamId: firm.teamA, today: today() });
    expect({
      open: after.body.open - before.body.open,
      dueThisWeek: after.body.dueThisWeek - before.body.dueThisWeek,
      overdue: after.body.overdue - before.body.overdue,
    }).toEqual({ open: 3, dueThisWeek: 1, overdue: 1 });
    const teamB = await http().get('/api/reports/credit-disputes').set(firm.managerB.auth).expect(200);
    expect(teamB.body).toMatchObject({ teamId: firm.teamB, open: 0, dueThisWeek: 0, overdue: 0 });
    await http().get('/api/reports/credit-disputes').set(firm.officerA1.auth).expect(403);
    await http()
      .get('/api/reports/credit-disputes')
      .query({ teamId: firm.teamB })
      .set(firm.managerA.auth)
      .expect(404);
    const firmWide = await http().get('/api/reports/credit-disputes').set(firm.admin.auth).expect(200);
    expect(firmWide.body.teamId).toBeNull();
    expect(firmWide.body.open).toBeGreaterThanOrEqual(after.body.open);
    await http().get('/api/reports/credit-disputes').query({ teamId: 'x' }).set(firm.admin.auth).expect(400);
  });

  it('gives the creditor report the outcomes of disputes answered in the period, per lender', async () => {
    const dispute = await filedDispute(firm.officerA1, 3);
    await http()
      .post(`/api/credit-disputes/${dispute.id}/answer`)
      .set(firm.officerA1.auth)
      .send({ answeredOn: today(), outcome: 'corrected', version: dispute.version })
      .expect(200);
    const report = await http().get('/api/reports/creditors').set(firm.managerA.auth).expect(200);
    const huabeiRow = (
      report.body.creditors as { creditorId: string; disputes: Record<string, number> }[]
    ).find((c) => c.creditorId === huabei);
    expect(huabeiRow?.disputes).toMatchObject({
      answered: 1,
      corrected: 1,
      noErrorFound: 0,
      cannotBeVerified: 0,
    });
    const other = await http().get('/api/reports/creditors').set(firm.managerB.auth).expect(200);
    expect(
      (other.body.creditors as { creditorId: string }[]).find((c) => c.creditorId === huabei),
    ).toBeUndefined();
  });
});

describe('the client’s summary', () => {
  const summary = (member: Member, caseId: string) =>
    http().get(`/api/cases/${caseId}/credit-record/client-summary`).set(member.auth);

  it('tells each entry, until when it shows and the disputes’ outcomes, in the client’s language', async () => {
    const { caseId, fileId } = await disputableCase(firm.officerA1);
    const relieved = await record(firm.officerA1, caseId, HUABEI_ENTRY).expect(201);
    const owed = await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    const draft = await http()
      .post('/api/credit-disputes')
      .set(firm.officerA1.auth)
      .send({
        entryId: owed.body.id,
        grounds: ['wrong_amount'],
        explanation: '逾期金額含已減免的罰息。',
        venue: 'credit_reference_centre',
        evidenceFileIds: [fileId],
      })
      .expect(201);
    const filedOn = addDays(today(), -3);
    await http()
      .post(`/api/credit-disputes/${draft.body.id}/file`)
      .set(firm.officerA1.auth)
      .send({ filedOn, version: 1 })
      .expect(200);
    await http()
      .post(`/api/credit-disputes/${draft.body.id}/answer`)
      .set(firm.officerA1.auth)
      .send({ answeredOn: today(), outcome: 'no_error_found', version: 2 })
      .expect(200);

    const zh = await summary(firm.officerA1, caseId).expect(200);
    expect(zh.body.locale).toBe('zh-TW');
    expect(zh.body.paragraphs.map((p: { entryId: string }) => p.entryId)).toEqual([
      relieved.body.id,
      owed.body.id,
    ]);
    expect(zh.body.paragraphs[0].text).toContain('¥860.00');
    expect(zh.body.paragraphs[0].text).toContain('自動辦理且免費');
    expect(zh.body.paragraphs[1].text).toContain('經查核紀錄正確，維持原狀');
    expect(zh.body.notice.length).toBeGreaterThan(20);

    await db().query(
      `UPDATE clients SET locale = 'en' WHERE id = (SELECT client_id FROM cases WHERE id = $1)`,
      [caseId],
    );
    const en = await summary(firm.officerA1, caseId).expect(200);
    expect(en.body.locale).toBe('en');
    const [huabei, card] = en.body.paragraphs.map((p: { text: string }) => p.text);
    expect(huabei).toContain(HUABEI_ENTRY.institution);
    expect(huabei).toContain(
      'no longer shown under the one-off relief of 22 Dec 2025, automatically and free of charge',
    );
    expect(card).toContain('¥23,400.00');
    expect(card).toContain('It stays on your report while it is owed and for 5 years after it is repaid.');
    expect(card).toContain('the agency found the record correct; it stays as it was');
    expect(JSON.stringify(en.body)).not.toMatch(/erase|clean your record/i);
  });

  it('is the case’s people’s alone: anyone else meets 404', async () => {
    const { caseId } = await disputableCase(firm.officerA1);
    await record(firm.officerA1, caseId, CARD_ENTRY).expect(201);
    for (const [member, status] of [
      [firm.officerA1, 200],
      [firm.managerA, 200],
      [firm.admin, 200],
      [firm.officerA2, 404],
      [firm.managerB, 404],
      [firm.officerB1, 404],
    ] as const)
      expect((await summary(member, caseId)).status).toBe(status);
    await http()
      .get('/api/cases/not-a-uuid/credit-record/client-summary')
      .set(firm.officerA1.auth)
      .expect(400);
    await summary(firm.admin, '00000000-0000-4000-8000-000000000000').expect(404);
  });
});
