import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type Member, type TestFirm } from './support/firm';

const api = useApiApp('reassignment');
let firm: TestFirm;
let huabei: string;
let seq = 28000;
const db = () => api.app.get(DataSource);

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(db());
  ({ huabei } = await catalogCreditors(api, firm.admin));
});

const caseOf = (owner: Member, moveTo: Parameters<typeof openCase>[2]['moveTo'] = []) =>
  openCase(api, owner, { serial: seq++, debts: [{ creditorId: huabei, outstandingFen: 300000 }], moveTo });

const reassign = (member: Member, body: Record<string, unknown>) =>
  api.http().post('/api/cases/reassign').set(member.auth).send(body);

describe('POST /api/cases/reassign', () => {
  it('moves many cases, their clients and their reminders to another officer, audited and on the timeline', async () => {
    const first = await caseOf(firm.officerA1, ['documents', 'creditor_contact', 'negotiating']);
    const second = await caseOf(firm.officerA1);
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(firm.officerA1.auth)
      .send({
        caseId: first.caseId,
        party: 'creditor',
        channel: 'hotline',
        occurredAt: new Date().toISOString(),
        summary: '下週再撥',
        nextFollowUpAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      })
      .expect(201);
    const [{ client_id: clientId }] = await db().query(`SELECT client_id FROM cases WHERE id = $1`, [
      first.caseId,
    ]);

    const moved = await reassign(firm.managerA, {
      caseIds: [first.caseId, second.caseId],
      officerId: firm.officerA2.user.id,
      reason: '王專員請產假，案件轉交',
    }).expect(200);
    expect(moved.body).toEqual({
      officerId: firm.officerA2.user.id,
      moved: 2,
      caseIds: [first.caseId, second.caseId],
    });

    for (const { caseId } of [first, second]) {
      await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(404);
      await api.http().get(`/api/cases/${caseId}`).set(firm.officerA2.auth).expect(200);
      const timeline = await api
        .http()
        .get(`/api/cases/${caseId}/timeline`)
        .set(firm.officerA2.auth)
        .expect(200);
      expect(timeline.body.data[0]).toMatchObject({
        kind: 'case.reassigned',
        details: {
          from: firm.officerA1.user.id,
          to: firm.officerA2.user.id,
          reason: '王專員請產假，案件轉交',
        },
      });
    }
    // The client goes with the case: the previous officer no longer sees the client's identity.
    await api.http().get(`/api/clients/${clientId}`).set(firm.officerA1.auth).expect(404);
    await api.http().get(`/api/clients/${clientId}`).set(firm.officerA2.auth).expect(200);
    // The follow-up's reminder is now the new officer's (reminders are addressed when they fire).
    const mine = await api
      .http()
      .get('/api/reminders')
      .query({ mine: 'true' })
      .set(firm.officerA2.auth)
      .expect(200);
    expect(mine.body.data.map((r: { subjectId: string }) => r.subjectId)).toContain(contact.body.id);
    const theirs = await api
      .http()
      .get('/api/reminders')
      .query({ mine: 'true' })
      .set(firm.officerA1.auth)
      .expect(200);
    expect(theirs.body.data.map((r: { subjectId: string }) => r.subjectId)).not.toContain(contact.body.id);
    const audited = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.reassigned' AND entity_id = ANY($1::text[])`,
      [[first.caseId, second.caseId]],
    );
    expect(audited[0].n).toBe(2);
  });

  it('moves all or nothing: someone else’s case answers 404 and nothing moves', async () => {
    const mine = await caseOf(firm.officerA1);
    const otherTeam = await caseOf(firm.officerB1);
    await reassign(firm.managerA, {
      caseIds: [mine.caseId, otherTeam.caseId],
      officerId: firm.officerA2.user.id,
      reason: '平衡負荷',
    }).expect(404);
    const [row] = await db().query(`SELECT officer_id FROM cases WHERE id = $1`, [mine.caseId]);
    expect(row.officer_id).toBe(firm.officerA1.user.id);
    // An officer of another team is refused, officers may not reassign, bad input is 400.
    await reassign(firm.managerA, {
      caseIds: [mine.caseId],
      officerId: firm.officerB1.user.id,
      reason: 'x',
    }).expect(422);
    await reassign(firm.officerA1, {
      caseIds: [mine.caseId],
      officerId: firm.officerA2.user.id,
      reason: 'x',
    }).expect(403);
    for (const bad of [
      { caseIds: [], officerId: firm.officerA2.user.id, reason: 'x' },
      { caseIds: [mine.caseId, mine.caseId], officerId: firm.officerA2.user.id, reason: 'x' },
      { caseIds: [mine.caseId], officerId: firm.officerA2.user.id, reason: '' },
      { caseIds: ['nope'], officerId: firm.officerA2.user.id, reason: 'x' },
    ]) {
      await reassign(firm.managerA, bad).expect(400);
    }
    // An admin may move any case to any active officer.
    await reassign(firm.admin, {
      caseIds: [otherTeam.caseId],
      officerId: firm.officerA2.user.id,
      reason: '跨組支援',
    }).expect(200);
  });
});

describe('GET /api/workload/suggested-officer', () => {
  it('suggests the team’s officer with the lowest weighted open load', async () => {
    const suggestion = await api
      .http()
      .get('/api/workload/suggested-officer')
      .set(firm.managerA.auth)
      .expect(200);
    const byId = new Map(
      suggestion.body.officers.map((o: { officerId: string; load: number; openCases: number }) => [
        o.officerId,
        o,
      ]),
    );
    // After the moves above the first officer holds one case at intake (weight 1); the second holds a
    // negotiating case (2), an intake case (1) and the other team's intake case (1).
    expect(byId.get(firm.officerA1.user.id)).toMatchObject({ load: 1, openCases: 1 });
    expect(byId.get(firm.officerA2.user.id)).toMatchObject({ load: 4, openCases: 3 });
    expect(suggestion.body.suggested.officerId).toBe(firm.officerA1.user.id);
    await api
      .http()
      .get('/api/workload/suggested-officer')
      .query({ teamId: firm.teamB })
      .set(firm.managerA.auth)
      .expect(404);
    const b = await api
      .http()
      .get('/api/workload/suggested-officer')
      .query({ teamId: firm.teamB })
      .set(firm.admin.auth)
      .expect(200);
    expect(b.body.suggested.officerId).toBe(firm.officerB1.user.id);
    await api.http().get('/api/workload/suggested-officer').set(firm.officerA1.auth).expect(403);
  });
});
