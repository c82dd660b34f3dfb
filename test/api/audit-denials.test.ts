import { AuditService, DenialAudit, ManualClock } from '@accord/server-core';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { catalogCreditors, openCase } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';

const api = useApiApp('audit_denials');
let firm: TestFirm;

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
});

interface AuditRow {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** The audit log as an admin reads it, one action at a time. */
async function auditRows(action: string): Promise<AuditRow[]> {
  const response = await api
    .http()
    .get('/api/audit-log')
    .query({ action, perPage: 100, sort: 'at', order: 'ASC' })
    .set(firm.admin.auth)
    .expect(200);
  return response.body.data;
}

/** Denials are written just after the answer is sent, so a test waits (a bounded while) for the row. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('access denials in the audit log', () => {
  it('records a missing, forged, expired or ended session on a protected route, never the token', async () => {
    const jwt = api.app.get(JwtService);
    const forged = 'forged.token.SECRET-MARK-7f3a';
    const expired = await jwt.signAsync({ sub: firm.officerA1.user.id, tv: 0 }, { expiresIn: -60 });
    const ending = await api
      .http()
      .post('/api/auth/login')
      .send({ email: firm.officerA2.user.email, password: 'correct-horse-battery' })
      .expect(200);
    await api
      .http()
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${ending.body.accessToken}`)
      .expect(204);

    await api.http().get('/api/cases').expect(401);
    await api.http().get('/api/cases').set('Authorization', `Bearer ${forged}`).expect(401);
    await api.http().get('/api/clients').set('Authorization', `Bearer ${expired}`).expect(401);
    await api
      .http()
      .get('/api/reminders')
      .set('Authorization', `Bearer ${ending.body.accessToken}`)
      .expect(401);

    const rows = await eventually(
      () => auditRows('access.unauthenticated'),
      (r) => r.length >= 4,
    );
    const byReason = (reason: string) => rows.find((r) => r.details.reason === reason);
    expect(byReason('missing_token')).toMatchObject({
      actorId: null,
      details: { method: 'GET', route: '/api/cases', reason: 'missing_token' },
    });
    expect(byReason('invalid_token')).toMatchObject({
      actorId: null,
      details: { method: 'GET', route: '/api/cases' },
    });
    expect(byReason('expired_token')).toMatchObject({ details: { route: '/api/clients' } });
    // An ended session's token was ours, so whose it was is known.
    expect(byReason('ended_session')).toMatchObject({
      actorId: firm.officerA2.user.id,
      details: { method: 'GET', route: '/api/reminders' },
    });
    for (const row of rows) {
      expect(row.ip).toBeTruthy();
      expect(row.requestId).toBeTruthy();
    }
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('SECRET-MARK');
    expect(stored).not.toContain(expired);
    expect(stored).not.toContain(ending.body.accessToken);
  });

  it('writes a repeated denial once, and nothing for routes that do not exist', async () => {
    const before = (await auditRows('access.unauthenticated')).length;
    for (let i = 0; i < 6; i++) await api.http().get('/api/creditors').expect(401);
    for (const path of ['/api/no-such-thing', '/api/cases/x/y/z']) {
      await api.http().get(path).expect(404);
      await api.http().post(path).set('Authorization', 'Bearer nonsense').expect(404);
    }
    const rows = await eventually(
      () => auditRows('access.unauthenticated'),
      (r) => r.length > before,
    );
    await settle();
    const after = await auditRows('access.unauthenticated');
    const fresh = after.slice(before);
    // Six identical refusals: one row (two only if they happened to straddle a minute's boundary).
    expect(fresh.filter((r) => r.details.route === '/api/creditors').length).toBeGreaterThanOrEqual(1);
    expect(fresh.filter((r) => r.details.route === '/api/creditors').length).toBeLessThanOrEqual(2);
    expect(fresh.every((r) => r.details.route === '/api/creditors')).toBe(true);
    expect(rows.length).toBeGreaterThan(before);
  });

  it('records a refused role with who asked and where', async () => {
    await api.http().post('/api/admin/queue-board-session').set(firm.officerB1.auth).expect(403);
    await api.http().get('/api/audit-log').set(firm.managerA.auth).expect(403);
    const rows = await eventually(
      () => auditRows('access.forbidden'),
      (r) => r.length >= 2,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: firm.officerB1.user.id,
          details: expect.objectContaining({ method: 'POST', route: '/api/admin/queue-board-session' }),
        }),
        expect.objectContaining({
          actorId: firm.managerA.user.id,
          details: expect.objectContaining({ method: 'GET', route: '/api/audit-log' }),
        }),
      ]),
    );
  });

  it("records asking for someone else's records, which answer exactly as missing ones do", async () => {
    const { huabei } = await catalogCreditors(api, firm.admin);
    const { caseId, debtIds } = await openCase(api, firm.officerA1, {
      serial: 7101,
      debts: [{ creditorId: huabei, outstandingFen: 250000 }],
    });
    const opened = await api.http().get(`/api/cases/${caseId}`).set(firm.officerA1.auth).expect(200);
    const clientId = opened.body.clientId as string;

    const refused = await api.http().get(`/api/cases/${caseId}`).set(firm.officerB1.auth).expect(404);
    const missing = await api
      .http()
      .get('/api/cases/00000000-0000-4000-8000-000000000000')
      .set(firm.officerB1.auth)
      .expect(404);
    expect(refused.body).toEqual(missing.body);
    await api.http().get(`/api/clients/${clientId}`).set(firm.managerB.auth).expect(404);
    await api.http().get(`/api/debts/${debtIds[0]}`).set(firm.officerB1.auth).expect(404);
    await api
      .http()
      .post(`/api/cases/${caseId}/transition`)
      .set(firm.officerB1.auth)
      .send({ to: 'documents', reason: '試試看' })
      .expect(404);

    const rows = await eventually(
      () => auditRows('access.out_of_scope'),
      (r) => r.length >= 4,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: firm.officerB1.user.id,
          entityType: 'case',
          entityId: caseId,
          details: expect.objectContaining({ method: 'GET', route: '/api/cases/:id' }),
        }),
        expect.objectContaining({
          actorId: firm.managerB.user.id,
          entityType: 'client',
          entityId: clientId,
          details: expect.objectContaining({ route: '/api/clients/:id' }),
        }),
        expect.objectContaining({
          actorId: firm.officerB1.user.id,
          entityType: 'debt',
          entityId: debtIds[0],
        }),
        expect.objectContaining({
          actorId: firm.officerB1.user.id,
          entityType: 'case',
          entityId: caseId,
          details: expect.objectContaining({ method: 'POST', route: '/api/cases/:id/transition' }),
        }),
      ]),
    );
    // A record that does not exist is a plain 404: nothing out of scope to record.
    expect(rows.some((r) => r.entityId === '00000000-0000-4000-8000-000000000000')).toBe(false);
    // The owner's own reads are no denials.
    expect(rows.some((r) => r.actorId === firm.officerA1.user.id)).toBe(false);
  });

  it('keeps within its budget a minute and counts what it left out', async () => {
    const clock = new ManualClock();
    clock.set(new Date('2031-03-04T05:06:00.000Z'));
    const denials = new DenialAudit(api.app.get(AuditService), clock, { AUDIT_DENIALS_PER_MINUTE: 3 });
    const denial = (n: number) => ({
      action: 'access.forbidden' as const,
      actorId: firm.officerA1.user.id,
      method: 'GET',
      route: `/api/budget-probe/${n}`,
      context: { ip: '127.0.0.9', requestId: null },
    });
    for (const n of [1, 1, 2, 3, 4, 5, 2]) await denials.record(denial(n));
    clock.set(new Date('2031-03-04T05:07:01.000Z'));
    await denials.record(denial(6));

    const db = api.app.get(DataSource);
    const written: { route: string }[] = await db.query(
      `SELECT details->>'route' AS route FROM audit_log WHERE details->>'route' LIKE '/api/budget-probe/%' ORDER BY id`,
    );
    expect(written.map((r) => r.route)).toEqual([
      '/api/budget-probe/1',
      '/api/budget-probe/2',
      '/api/budget-probe/3',
      '/api/budget-probe/6',
    ]);
    // The probe's minute, on its own clock (the API's own minutes are summed in rows of their own).
    const summary = (await auditRows('access.denials_suppressed')).find((r) =>
      String(r.details.from).startsWith('2031-03-04T05:06:0'),
    );
    expect(summary?.details.count).toBe(4);
    expect(Date.parse(String(summary?.details.to)) - Date.parse(String(summary?.details.from))).toBe(60_000);
  });
});

describe('audited changes', () => {
  it('records opening the queue board once per session, not for each of its requests', async () => {
    const before = (await auditRows('queue_board.session_opened')).length;
    const session = await api.http().post('/api/admin/queue-board-session').set(firm.admin.auth).expect(204);
    const pair = String(session.headers['set-cookie']).split(';')[0];
    await api.http().get('/admin/queues').set('Cookie', pair).expect(200);
    await api.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    await api.http().get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    const rows = (await auditRows('queue_board.session_opened')).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: firm.admin.user.id,
      entityType: 'user',
      entityId: firm.admin.user.id,
    });
    expect(rows[0].ip).toBeTruthy();
    expect(Date.parse(String(rows[0].details.expiresAt))).toBeGreaterThan(Date.now());
  });

  it('records a change of reminder channels with the old and the new', async () => {
    const me = firm.officerA1;
    const current = await api.http().get('/api/me/reminder-channels').set(me.auth).expect(200);
    expect(current.body.channels).toEqual(['in_app']);
    await api
      .http()
      .put('/api/me/reminder-channels')
      .set(me.auth)
      .send({ channels: ['in_app', 'email'] })
      .expect(200);
    // Saving the same choice again changes nothing, so it is no new entry.
    await api
      .http()
      .put('/api/me/reminder-channels')
      .set(me.auth)
      .send({ channels: ['in_app', 'email'] })
      .expect(200);
    await api
      .http()
      .put('/api/me/reminder-channels')
      .set(me.auth)
      .send({ channels: ['email'] })
      .expect(200);
    const rows = (await auditRows('user.reminder_channels_changed')).filter((r) => r.actorId === me.user.id);
    expect(rows.map((r) => r.details)).toEqual([
      { before: ['in_app'], after: ['in_app', 'email'] },
      { before: ['in_app', 'email'], after: ['email'] },
    ]);
    expect(rows[0]).toMatchObject({ entityType: 'user', entityId: me.user.id });
  });
});
