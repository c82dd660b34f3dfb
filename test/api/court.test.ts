import {
  addDays,
  addMonthsClamped,
  calendarDateIn,
  isCourtWorkingDay,
  EMPTY_COURT_CALENDAR,
} from '@accord/domain';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { seedDocumentTemplates } from '@accord/server-documents';
import { Clock } from '@accord/server-core';
import ical, { type VEvent } from 'node-ical';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, taiwanId, type Member, type TestFirm } from './support/firm';

/**
 * [8/10] Court matters: suits and the client's own procedures, their events in the order courts send
 * them, deadlines worked out past the firm's court holidays and never missed (reminders), the calendar
 * feed, the litigation risk with its reasons, and who may see and do what.
 */
const api = useApiApp('court');
const http = api.http;
let firm: TestFirm;
let huabei: string;
let card: string;
let serial = 9100;
const db = () => api.app.get(DataSource);
const today = () => calendarDateIn(api.app.get(Clock).now(), 'Asia/Taipei');

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  await seedDocumentTemplates(db());
  ({ huabei, card } = await catalogCreditors(api, firm.admin));
});

async function suedCase(owner: Member, debts = [{ creditorId: huabei, outstandingFen: 860000 }]) {
  const clientSerial = serial++;
  const opened = await openCase(api, owner, { serial: clientSerial, debts, moveTo: ['documents'] });
  const matter = await http()
    .post('/api/court-matters')
    .set(owner.auth)
    .send({
      caseId: opened.caseId,
      kind: 'lawsuit',
      court: '杭州互聯網法院',
      caseNumber: `(2026)浙0192民初${serial}號`,
      claimant: '重慶螞蟻消費金融',
      claimedFen: 860000,
      debtIds: opened.debtIds,
    })
    .expect(201);
  return { ...opened, clientSerial, matterId: matter.body.id as string, matter: matter.body };
}

const event = (owner: Member, body: Record<string, unknown>) =>
  http().post('/api/court-events').set(owner.auth).send(body);

/** The first court working day on or after `date` with no marked days: weekends roll to Monday. */
const rolled = (date: string) => {
  let d = date;
  while (!isCourtWorkingDay(d, EMPTY_COURT_CALENDAR)) d = addDays(d, 1);
  return d;
};

describe('court matters and who sees them', () => {
  it('are the case officer’s, the team manager’s and the admin’s; anyone else gets 404', async () => {
    const { matterId, caseId } = await suedCase(firm.officerA1);
    for (const who of [firm.officerA1, firm.managerA, firm.admin])
      await http().get(`/api/court-matters/${matterId}`).set(who.auth).expect(200);
    for (const who of [firm.officerA2, firm.officerB1, firm.managerB])
      await http().get(`/api/court-matters/${matterId}`).set(who.auth).expect(404);
    await http().get(`/api/cases/${caseId}/court`).set(firm.officerB1.auth).expect(404);
    // The case list's litigation flag follows: a creditor took the client to court.
    const kase = await http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    expect(kase.body.litigationRisk).toBe('sued');
    const other = await event(firm.officerB1, {
      matterId,
      kind: 'summons_received',
      occursOn: today(),
    }).expect(422);
    expect(other.body.details).toMatchObject({ field: 'matterId' });
    await http()
      .patch(`/api/court-matters/${matterId}`)
      .set(firm.officerB1.auth)
      .send({ version: 1, court: '別的法院' })
      .expect(404);
  });

  it('refuse bad input with a code, never a 500', async () => {
    const { caseId, debtIds } = await suedCase(firm.officerA1);
    const other = await suedCase(firm.officerA2);
    const base = { caseId, kind: 'lawsuit', court: '法院', debtIds };
    const bad = [
      { ...base, kind: 'divorce' },
      { ...base, court: '' },
      { ...base, debtIds: [] },
      { ...base, debtIds: ['not-a-uuid'] },
      { ...base, claimedFen: -1 },
      { ...base, claimedFen: 1.5 },
      { ...base, extra: true },
    ];
    for (const body of bad)
      expect((await http().post('/api/court-matters').set(firm.officerA1.auth).send(body)).status).toBe(400);
    const truncated = await http()
      .post('/api/court-matters')
      .set({ ...firm.officerA1.auth, 'Content-Type': 'application/json' })
      .send('{"caseId": "');
    expect(truncated.status).toBe(400);
    const foreign = await http()
      .post('/api/court-matters')
      .set(firm.officerA1.auth)
      .send({ ...base, debtIds: other.debtIds })
      .expect(422);
    expect(foreign.body.details).toMatchObject({ field: 'debtIds' });
    const rehab = await http()
      .post('/api/court-matters')
      .set(firm.officerA1.auth)
      .send({ ...base, kind: 'rehabilitation' })
      .expect(409);
    expect(rehab.body.details.reasons).toContain('DEBTOR_PROCEDURE_NOT_TAIWAN');
  });
});

describe('events in the order courts send them', () => {
  it('a summons brings its answer deadline, 15 days on past the weekend; a hearing cannot come before it', async () => {
    const { matterId, caseId } = await suedCase(firm.officerA1);
    const servedOn = addDays(today(), -3);
    await event(firm.officerA1, { matterId, kind: 'summons_received', occursOn: servedOn }).expect(201);
    const court = await http().get(`/api/cases/${caseId}/court`).set(firm.officerA1.auth).expect(200);
    const deadline = court.body.matters[0].events.find((e: { kind: string }) => e.kind === 'answer_deadline');
    expect(deadline).toMatchObject({
      occursOn: rolled(addDays(servedOn, 15)),
      computedOn: rolled(addDays(servedOn, 15)),
    });

    const early = await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: addDays(servedOn, -1),
      startsAt: '09:30',
    }).expect(409);
    expect(early.body.details.reasons).toContain('HEARING_BEFORE_SUMMONS');
    const timeless = await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: addDays(today(), 7),
    });
    expect(timeless.status).toBe(400);
    const future = await event(firm.officerA1, {
      matterId,
      kind: 'summons_received',
      occursOn: addDays(today(), 2),
    });
    expect(future.status).toBe(409);
    expect(future.body.details.reasons).toContain('DATE_IN_FUTURE');
    await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: addDays(today(), 7),
      startsAt: '09:30',
      room: '第三法庭',
      attendees: ['officer', 'client'],
    }).expect(201);
  });

  it('a judgment needs its service; its appeal deadline moves past a court holiday, and moving it needs a reason', async () => {
    const { matterId } = await suedCase(firm.officerA1);
    const servedOn = addDays(today(), -2);
    const plain = rolled(addDays(servedOn, 15));
    // The firm marks the day the period would end as a court holiday (and the next, to cross a run).
    await http()
      .put(`/api/court-calendar-days/${plain}`)
      .set(firm.officerA1.auth)
      .send({ working: false, name: '假日' })
      .expect(403);
    await http()
      .put(`/api/court-calendar-days/${plain}`)
      .set(firm.admin.auth)
      .send({ working: false, name: '法院休假' })
      .expect(200);
    const unserved = await event(firm.officerA1, {
      matterId,
      kind: 'judgment',
      occursOn: addDays(today(), -5),
      amountFen: 860000,
    });
    expect(unserved.status).toBe(409);
    expect(unserved.body.details.reasons).toContain('SERVICE_DATE_REQUIRED');
    const wrongOrder = await event(firm.officerA1, {
      matterId,
      kind: 'judgment',
      occursOn: addDays(today(), -1),
      servedOn: addDays(today(), -3),
    });
    expect(wrongOrder.body.details.reasons).toContain('SERVICE_BEFORE_DECISION');

    await event(firm.officerA1, {
      matterId,
      kind: 'judgment',
      occursOn: addDays(today(), -5),
      servedOn,
      amountFen: 860000,
    }).expect(201);
    const matter = await http().get(`/api/court-matters/${matterId}`).set(firm.officerA1.auth).expect(200);
    const appeal = matter.body.events.find((e: { kind: string }) => e.kind === 'appeal_deadline');
    const expected = (() => {
      let d = addDays(plain, 1);
      while (!isCourtWorkingDay(d, EMPTY_COURT_CALENDAR)) d = addDays(d, 1);
      return d;
    })();
    expect(appeal).toMatchObject({ occursOn: expected, computedOn: expected, completedOn: null });
    await http().delete(`/api/court-calendar-days/${plain}`).set(firm.admin.auth).expect(204);

    const moved = await http()
      .patch(`/api/court-events/${appeal.id}`)
      .set(firm.officerA1.auth)
      .send({ version: appeal.version, occursOn: addDays(expected, 3) })
      .expect(409);
    expect(moved.body.details.reasons).toContain('DEADLINE_CHANGE_NEEDS_REASON');
    const before = await http()
      .patch(`/api/court-events/${appeal.id}`)
      .set(firm.officerA1.auth)
      .send({ version: appeal.version, occursOn: addDays(servedOn, -1), changeReason: '打錯' })
      .expect(409);
    expect(before.body.details.reasons).toContain('DEADLINE_BEFORE_SERVICE');
    const ok = await http()
      .patch(`/api/court-events/${appeal.id}`)
      .set(firm.officerA1.auth)
      .send({
        version: appeal.version,
        occursOn: addDays(expected, 3),
        changeReason: '判決送達證書所載日期較晚',
      })
      .expect(200);
    expect(ok.body).toMatchObject({
      occursOn: addDays(expected, 3),
      computedOn: expected,
      version: appeal.version + 1,
    });
    // Two people saving the same version: one wins, the other is told to reload.
    const racing = await Promise.all(
      ['a', 'b'].map((n) =>
        http()
          .patch(`/api/court-events/${appeal.id}`)
          .set(firm.officerA1.auth)
          .send({ version: ok.body.version, note: n }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('a deadline is completed once; letting it pass needs the reason', async () => {
    const { matterId } = await suedCase(firm.officerA1);
    await event(firm.officerA1, {
      matterId,
      kind: 'summons_received',
      occursOn: addDays(today(), -1),
    }).expect(201);
    const matter = await http().get(`/api/court-matters/${matterId}`).set(firm.officerA1.auth).expect(200);
    const deadline = matter.body.events.find((e: { kind: string }) => e.kind === 'answer_deadline');
    const scheduled = async () =>
      (
        await db().query(
          `SELECT count(*)::int AS n FROM reminders WHERE subject_id = $1 AND status = 'scheduled'`,
          [deadline.id],
        )
      )[0].n;
    expect(await scheduled()).toBeGreaterThan(0);
    const blank = await http()
      .post(`/api/court-events/${deadline.id}/complete`)
      .set(firm.officerA1.auth)
      .send({ version: deadline.version, completedOn: today(), outcome: 'not_filed', note: ' ' })
      .expect(409);
    expect(blank.body.details.reasons).toContain('NEEDS_REASON');
    await http()
      .post(`/api/court-events/${deadline.id}/complete`)
      .set(firm.officerA1.auth)
      .send({ version: deadline.version, completedOn: today(), outcome: 'filed', note: '已遞答辯狀' })
      .expect(200);
    expect(await scheduled()).toBe(0);
    const again = await http()
      .post(`/api/court-events/${deadline.id}/complete`)
      .set(firm.officerA1.auth)
      .send({ version: deadline.version + 1, completedOn: today(), outcome: 'filed' })
      .expect(409);
    expect(again.body.details.reasons).toContain('DEADLINE_ALREADY_COMPLETED');
    const hearing = await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: addDays(today(), 9),
      startsAt: '14:00',
    }).expect(201);
    const notDeadline = await http()
      .post(`/api/court-events/${hearing.body.id}/complete`)
      .set(firm.officerA1.auth)
      .send({ version: 1, completedOn: today(), outcome: 'filed' })
      .expect(409);
    expect(notDeadline.body.details.reasons).toContain('NOT_A_DEADLINE');
  });
});

describe('reminders of hearings and deadlines', () => {
  it('a hearing reminds the officer and the manager at 7 days, 1 day and the morning, the client at 3 and 1 day; moving it moves them', async () => {
    const { matterId } = await suedCase(firm.officerA1);
    const on = addDays(today(), 20);
    const hearing = await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: on,
      startsAt: '10:00',
      room: '第二法庭',
    }).expect(201);
    const rows = async () =>
      db().query(
        `SELECT kind, recipient, slot, due_at AS "dueAt", status FROM reminders WHERE subject_id = $1 AND status = 'scheduled' ORDER BY recipient, slot`,
        [hearing.body.id],
      );
    const planned = await rows();
    expect(
      planned.map((r: { recipient: string; slot: string }) => `${r.recipient}:${r.slot}`).sort(),
    ).toEqual(
      [
        'client:client-1d',
        'client:client-3d',
        'manager:manager-0d',
        'manager:manager-1d',
        'manager:manager-7d',
        'officer:officer-0d',
        'officer:officer-1d',
        'officer:officer-7d',
      ].sort(),
    );
    const moved = await http()
      .patch(`/api/court-events/${hearing.body.id}`)
      .set(firm.officerA1.auth)
      .send({ version: 1, occursOn: addDays(on, 7) })
      .expect(200);
    expect(moved.body.occursOn).toBe(addDays(on, 7));
    const after = await rows();
    expect(after).toHaveLength(8);
    const firstBefore = Math.min(...planned.map((r: { dueAt: Date }) => r.dueAt.getTime()));
    const firstAfter = Math.min(...after.map((r: { dueAt: Date }) => r.dueAt.getTime()));
    expect(firstAfter - firstBefore).toBe(7 * 86_400_000);
  });
});

describe('the agenda, the managers’ view and the calendar feed', () => {
  it('show the hearing to its officer and manager only, and the feed parses as iCalendar without ID numbers or phones', async () => {
    const { matterId, caseId, clientSerial } = await suedCase(firm.officerA1);
    const on = addDays(today(), 3);
    const hearing = await event(firm.officerA1, {
      matterId,
      kind: 'hearing',
      occursOn: on,
      startsAt: '09:30',
      room: '第五法庭',
    }).expect(201);
    const mine = await http().get('/api/court-agenda').set(firm.officerA1.auth).expect(200);
    expect(mine.body.hearings.map((h: { eventId: string }) => h.eventId)).toContain(hearing.body.id);
    const others = await http().get('/api/court-agenda').set(firm.officerB1.auth).expect(200);
    expect(others.body.hearings.map((h: { eventId: string }) => h.eventId)).not.toContain(hearing.body.id);
    await http().get('/api/court-agenda?days=0').set(firm.officerA1.auth).expect(400);
    await http().get('/api/reports/court').set(firm.officerA1.auth).expect(403);
    const report = await http().get('/api/reports/court').set(firm.managerA.auth).expect(200);
    expect(report.body.hearings.map((h: { eventId: string }) => h.eventId)).toContain(hearing.body.id);
    expect(
      report.body.mattersByKind.find((k: { kind: string }) => k.kind === 'lawsuit').open,
    ).toBeGreaterThan(0);
    const otherTeam = await http().get('/api/reports/court').set(firm.managerB.auth).expect(200);
    expect(otherTeam.body.hearings.map((h: { eventId: string }) => h.eventId)).not.toContain(hearing.body.id);

    const none = await http().get('/api/calendar-feeds/mine').set(firm.officerA1.auth).expect(200);
    expect(none.body).toMatchObject({ active: false, scope: 'own' });
    const made = await http().post('/api/calendar-feeds/mine').set(firm.officerA1.auth).expect(201);
    const path = new URL(made.body.url).pathname;
    const feed = await http().get(path).expect(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const parsed = ical.sync.parseICS(feed.text);
    const vevents = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[];
    const found = vevents.find((v) => v.uid === `${hearing.body.id}@accord`);
    const reference = (await http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth)).body.reference;
    expect(found?.summary).toContain(reference);
    expect(String(found?.location)).toContain('第五法庭');
    expect(found?.start.toISOString()).toBe(new Date(`${on}T09:30:00+08:00`).toISOString());
    // The client's ID number (and name) stay out of it; the demo's phones are not in test clients at all.
    expect(feed.text).not.toContain(taiwanId(clientSerial));
    expect(feed.text).not.toContain('周文華');

    const manager = await http().post('/api/calendar-feeds/mine').set(firm.managerA.auth).expect(201);
    expect(manager.body.scope).toBe('team');
    const teamFeed = await http().get(new URL(manager.body.url).pathname).expect(200);
    expect(teamFeed.text).toContain(`${hearing.body.id}@accord`);
    const otherFeed = await http().post('/api/calendar-feeds/mine').set(firm.officerB1.auth).expect(201);
    expect((await http().get(new URL(otherFeed.body.url).pathname).expect(200)).text).not.toContain(
      hearing.body.id,
    );

    // A new address revokes the old; revoking ends the feed; a made-up token is 404 like a revoked one.
    const again = await http().post('/api/calendar-feeds/mine').set(firm.officerA1.auth).expect(201);
    await http().get(path).expect(404);
    await http().get(new URL(again.body.url).pathname).expect(200);
    await http().delete('/api/calendar-feeds/mine').set(firm.officerA1.auth).expect(204);
    await http().get(new URL(again.body.url).pathname).expect(404);
    await http().delete('/api/calendar-feeds/mine').set(firm.officerA1.auth).expect(404);
    await http().get('/api/calendar-feeds/short/accord.ics').expect(404);
    const stored = await db().query(`SELECT token_hash FROM calendar_feeds WHERE user_id = $1`, [
      firm.officerA1.user.id,
    ]);
    const token = new URL(again.body.url).pathname.split('/')[3];
    for (const row of stored) expect(Buffer.from(row.token_hash).toString('utf8')).not.toContain(token);
  });
});

describe('closing and the litigation risk', () => {
  it('closing as litigated needs a court matter', async () => {
    const { caseId } = await openCase(api, firm.officerA1, {
      serial: serial++,
      debts: [{ creditorId: huabei, outstandingFen: 100000 }],
    });
    const close = () =>
      http()
        .post(`/api/cases/${caseId}/transition`)
        .set(firm.managerA.auth)
        .send({ to: 'closed', outcome: 'litigated', closingNote: '債權人起訴' });
    const refused = await close().expect(409);
    expect(refused.body.details.reasons).toContain('LITIGATED_NEEDS_COURT_MATTER');
    const debts = await http().get('/api/debts').query({ caseId }).set(firm.officerA1.auth).expect(200);
    await http()
      .post('/api/court-matters')
      .set(firm.officerA1.auth)
      .send({ caseId, kind: 'payment_order', court: '杭州互聯網法院', debtIds: [debts.body.data[0].id] })
      .expect(201);
    await close().expect(200);
  });

  it('a card debt at the Art. 196 line with two notices counts three months from the second, and the reasons say so', async () => {
    const overdueSince = addDays(today(), -100);
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: serial++,
      debts: [{ creditorId: card, outstandingFen: 5_200_000, overdueSince }],
    });
    const notice = (receivedOn: string) =>
      http()
        .post('/api/creditor-demands')
        .set(firm.officerA1.auth)
        .send({ debtId: debtIds[0], kind: 'collection_notice', receivedOn });
    const first = addDays(today(), -40);
    const second = addDays(today(), -10);
    await notice(first).expect(201);
    const one = await http().get(`/api/cases/${caseId}/court`).set(firm.officerA1.auth).expect(200);
    expect(one.body.risk.debts[0].reasons.map((r: { reason: string }) => r.reason)).toContain(
      'CARD_PRINCIPAL_AT_196',
    );
    await notice(second).expect(201);
    const future = await notice(addDays(today(), 1)).expect(409);
    expect(future.body.details.reasons).toContain('DATE_IN_FUTURE');
    await http()
      .post('/api/creditor-demands')
      .set(firm.officerB1.auth)
      .send({ debtId: debtIds[0], kind: 'collection_notice', receivedOn: first })
      .expect(422);
    const two = await http().get(`/api/cases/${caseId}/court`).set(firm.officerA1.auth).expect(200);
    expect(two.body.risk.level).toBe('high');
    expect(two.body.risk.debts[0].reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'MALICIOUS_OVERDRAFT_COUNTING', on: addMonthsClamped(second, 3) }),
        expect.objectContaining({ reason: 'OVERDUE_M3_PLUS', figure: 100 }),
        expect.objectContaining({ reason: 'CREDITOR_SUES_OFTEN' }),
      ]),
    );
    expect(two.body.risk.debts[0].limitationEndsOn).toBe(addMonthsClamped(second, 36));
    expect(two.body.demands).toHaveLength(2);
  });
});
