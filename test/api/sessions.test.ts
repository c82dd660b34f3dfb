import { CSRF_HEADER, REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '@accord/contracts';
import { ManualClock } from '@accord/server-core';
import { bearer, createTeam, createUser, TEST_PASSWORD } from '@accord/server-testing';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

/**
 * [6/10] Sessions (#16): the refresh token in an HttpOnly cookie, rotated on each use and ending the
 * session when used twice; the firm's idle timeout and absolute lifetime; seeing and ending one's
 * sessions (and an admin's of anyone); what ends the other sessions or all of them.
 */
const clock = new ManualClock();
const api = useApiApp('sessions', {}, { clock });
const http = api.http;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_ON_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

let teamId: string;
let admin: { id: string; token: string };

beforeAll(async () => {
  teamId = await createTeam(api.app, '會話組');
  const a = await signedIn(api, 'admin');
  admin = { id: a.user.id, token: a.token };
});

// Tests that move the clock start again from real time; each test signs in people of its own.
beforeEach(() => clock.reset());

const advance = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

/** The Set-Cookie line of the refresh cookie, if the answer has one. */
function refreshCookieLine(response: Response): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.find((line) => line.startsWith(`${REFRESH_COOKIE}=`));
}

/** The Set-Cookie line of the refresh cookie, which the answer must have. */
function requiredCookieLine(response: Response): string {
  const line = refreshCookieLine(response);
  if (!line) throw new Error(`no ${REFRESH_COOKIE} cookie in the answer (${response.status})`);
  return line;
}

/** `accord_refresh=…`, as a browser sends it back. */
function cookieOf(response: Response): string {
  const pair = requiredCookieLine(response).split(';')[0];
  expect(pair.length).toBeGreaterThan(REFRESH_COOKIE.length + 1);
  return pair;
}

/** The cookie line's attributes, lower-cased names: `{ httponly: true, path: '/api/auth', … }`. */
function attributesOf(line: string): Record<string, string | true> {
  return Object.fromEntries(
    line
      .split(';')
      .slice(1)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf('=');
        return at < 0 ? [part.toLowerCase(), true] : [part.slice(0, at).toLowerCase(), part.slice(at + 1)];
      }),
  );
}

/** The answer clears the refresh cookie: an empty value that expired long ago. */
function expectCookieCleared(response: Response): void {
  const line = requiredCookieLine(response);
  expect(line.split(';')[0]).toBe(`${REFRESH_COOKIE}=`);
  const attributes = attributesOf(line);
  expect(attributes.path).toBe(REFRESH_COOKIE_PATH);
  expect(new Date(attributes.expires as string).getTime()).toBeLessThan(Date.now());
}

/** The session a bearer token belongs to (its `sid` claim). */
function sessionIdOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
}

interface Device {
  token: string;
  cookie: string;
  sessionId: string;
  answer: Response;
}

async function login(email: string, userAgent?: string): Promise<Device> {
  const req = http().post('/api/auth/login');
  if (userAgent) req.set('User-Agent', userAgent);
  const answer = await req.send({ email, password: TEST_PASSWORD }).expect(200);
  const token = answer.body.accessToken as string;
  return { token, cookie: cookieOf(answer), sessionId: sessionIdOf(token), answer };
}

function refresh(cookie: string | null, body: object = {}, csrf: string | null = '1') {
  const req = http().post('/api/auth/refresh');
  if (cookie !== null) req.set('Cookie', cookie);
  if (csrf !== null) req.set(CSRF_HEADER, csrf);
  return req.send(body);
}

/** A refresh that works: the new access token and cookie. */
async function refreshed(cookie: string, body: object = {}): Promise<Device> {
  const answer = await refresh(cookie, body);
  expect([answer.status, answer.body.code]).toEqual([200, undefined]);
  const token = answer.body.accessToken as string;
  return { token, cookie: cookieOf(answer), sessionId: sessionIdOf(token), answer };
}

/** A refresh refused: 401 SESSION_ENDED with this reason, and the cookie cleared. */
async function expectRefreshRefused(cookie: string | null, reason: string, body: object = {}) {
  const answer = await refresh(cookie, body);
  expect([answer.status, answer.body.code, answer.body.details?.reason]).toEqual([
    401,
    'SESSION_ENDED',
    reason,
  ]);
  expectCookieCleared(answer);
  return answer;
}

async function expectTokenWorks(token: string) {
  await http().get('/api/auth/me').set(bearer(token)).expect(200);
}

async function expectTokenRevoked(token: string) {
  const answer = await http().get('/api/auth/me').set(bearer(token));
  expect([answer.status, answer.body.code]).toEqual([401, 'TOKEN_REVOKED']);
}

const officer = () => createUser(api.app, { role: 'officer', teamId });

const auditRows = (action: string, entityId: string) =>
  api.app.get(DataSource).query(
    `SELECT actor_id, action, entity_type, entity_id, details FROM audit_log
        WHERE action = $1 AND entity_id = $2 ORDER BY at, id`,
    [action, entityId],
  );

describe('signing in', () => {
  it('puts the refresh token in an HttpOnly, SameSite=Strict cookie for /api/auth only, never in the body', async () => {
    clock.set(new Date('2026-12-07T01:30:00.000Z'));
    const user = await officer();
    const before = clock.now().getTime();
    const { answer, cookie } = await login(user.email);
    const after = clock.now().getTime();

    const attributes = attributesOf(requiredCookieLine(answer));
    expect(attributes.httponly).toBe(true);
    expect(attributes.samesite).toBe('Strict');
    expect(attributes.path).toBe(REFRESH_COOKIE_PATH);
    expect(REFRESH_COOKIE_PATH).toBe('/api/auth');
    // Plain http here (and no TRUST_PROXY): a Secure cookie would never come back.
    expect(attributes.secure).toBeUndefined();
    // The cookie lives as long as the session: 12 hours by default.
    expect(Number(attributes['max-age'])).toBeGreaterThan(12 * 3600 - 60);
    expect(Number(attributes['max-age'])).toBeLessThanOrEqual(12 * 3600);

    const token = cookie.slice(REFRESH_COOKIE.length + 1);
    expect(JSON.stringify(answer.body)).not.toContain(token);
    expect(answer.body).not.toHaveProperty('refreshToken');
    expect(answer.body.idleTimeoutSeconds).toBe(1800);
    const expiresAt = new Date(answer.body.sessionExpiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 12 * HOUR);
    expect(expiresAt).toBeLessThanOrEqual(after + 12 * HOUR);
    expect(answer.body.sessionExpiresAt).toMatch(/^2026-12-07T13:/);
    await expectTokenWorks(answer.body.accessToken);
  });
});

describe('refreshing', () => {
  it('trades the cookie for a new one once; the old one used again ends the session for both holders', async () => {
    const user = await officer();
    const first = await login(user.email);
    const second = await refreshed(first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.answer.body).toMatchObject({
      user: { id: user.id },
      idleTimeoutSeconds: 1800,
      sessionExpiresAt: first.answer.body.sessionExpiresAt,
    });
    expect(JSON.stringify(second.answer.body)).not.toContain(second.cookie.split('=')[1]);
    const attributes = attributesOf(requiredCookieLine(second.answer));
    expect([attributes.httponly, attributes.samesite, attributes.path]).toEqual([
      true,
      'Strict',
      '/api/auth',
    ]);
    const me = await http().get('/api/auth/me').set(bearer(second.token)).expect(200);
    expect(me.body.id).toBe(user.id);

    // The old cookie again: someone holds a copy. The session ends for everyone.
    await expectRefreshRefused(first.cookie, 'reused');
    // The newer cookie belongs to the same, now ended, session: it says why.
    await expectRefreshRefused(second.cookie, 'reused');
    await expectTokenRevoked(second.token);
    await expectTokenRevoked(first.token);
    const [ended] = await api.app
      .get(DataSource)
      .query(`SELECT ended_at, end_reason FROM sessions WHERE id = $1`, [first.sessionId]);
    expect(ended).toMatchObject({ end_reason: 'reused', ended_at: expect.any(Date) });
    const audit = await auditRows('auth.refresh_token_reused', user.id);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_id: user.id,
        details: { sessionId: first.sessionId, reason: 'reused' },
      }),
    ]);
  });

  it('lets at most one of two refreshes racing with the same cookie through, and ends the session', async () => {
    const user = await officer();
    const { cookie, token, sessionId } = await login(user.email);
    const answers = await Promise.all([refresh(cookie), refresh(cookie)]);
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeLessThanOrEqual(1);
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expect([refused.status, refused.body.code, refused.body.details?.reason]).toEqual([
        401,
        'SESSION_ENDED',
        'reused',
      ]);
      expectCookieCleared(refused);
    }
    // Whoever won holds nothing that still works.
    for (const winner of ok) {
      await expectRefreshRefused(cookieOf(winner), 'reused');
      await expectTokenRevoked(winner.body.accessToken);
    }
    await expectTokenRevoked(token);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [sessionId]);
    expect(row.end_reason).toBe('reused');
  });

  it('needs the CSRF header, and a refusal for that uses nothing up', async () => {
    const user = await officer();
    const { cookie } = await login(user.email);
    for (const csrf of [null, '']) {
      const refused = await refresh(cookie, {}, csrf);
      expect([refused.status, refused.body.code]).toEqual([403, 'CSRF_HEADER_MISSING']);
      expect(refreshCookieLine(refused)).toBeUndefined();
    }
    await refreshed(cookie);
  });

  it('answers no cookie with reason missing and a cookie it never issued with reason unknown', async () => {
    await expectRefreshRefused(null, 'missing');
    await expectRefreshRefused(`${REFRESH_COOKIE}=`, 'missing');
    await expectRefreshRefused(`${REFRESH_COOKIE}=${'x'.repeat(200)}`, 'missing');
    await expectRefreshRefused(`${REFRESH_COOKIE}=not-a-token-we-issued`, 'unknown');
    // A cookie of another name is no refresh token.
    await expectRefreshRefused('accord_session=abc', 'missing');
  });

  it('answers bad bodies with 400 and leaves the cookie working', async () => {
    const user = await officer();
    const { cookie } = await login(user.email);
    for (const body of [
      { idleSeconds: -1 },
      { idleSeconds: 'x' },
      { idleSeconds: 999999 },
      { idleSeconds: 1.5 },
      { idleSeconds: null, extra: 1 },
      { refreshToken: 'abc' },
    ]) {
      const refused = await refresh(cookie, body);
      expect([JSON.stringify(body), refused.status, refused.body.code]).toEqual([
        JSON.stringify(body),
        400,
        'VALIDATION_FAILED',
      ]);
    }
    await refreshed(cookie, { idleSeconds: 0 });
  });
});

describe('the idle timeout and absolute lifetime', () => {
  it('ends a session the server has not heard from for the idle timeout', async () => {
    const user = await officer();
    let device = await login(user.email);
    advance(29 * MINUTE);
    device = await refreshed(device.cookie);
    advance(29 * MINUTE);
    device = await refreshed(device.cookie);
    advance(31 * MINUTE);
    await expectRefreshRefused(device.cookie, 'idle');
    await expectTokenRevoked(device.token);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [device.sessionId]);
    expect(row.end_reason).toBe('idle');
  });

  it('ends a session whose person has not touched the page for the idle timeout', async () => {
    const user = await officer();
    let device = await login(user.email);
    device = await refreshed(device.cookie);
    // Touched the page 1700 s ago, just after signing in: still theirs.
    device = await refreshed(device.cookie, { idleSeconds: 1700 });
    await expectRefreshRefused(device.cookie, 'idle', { idleSeconds: 1800 });

    const other = await login(user.email);
    await expectRefreshRefused(other.cookie, 'idle', { idleSeconds: 86400 });
  });

  it('ends a session after its absolute lifetime however busy its person is', async () => {
    const user = await officer();
    let device = await login(user.email);
    const sessionExpiresAt = device.answer.body.sessionExpiresAt;
    // 35 refreshes 20 minutes apart: 11 h 40 min after signing in, the last one still works.
    for (let i = 1; i <= 35; i++) {
      advance(20 * MINUTE);
      device = await refreshed(device.cookie);
      expect(device.answer.body.sessionExpiresAt).toBe(sessionExpiresAt);
    }
    // The access token never outlives its session.
    expect(device.answer.body.expiresIn).toBeLessThanOrEqual(20 * 60);
    expect(Number(attributesOf(requiredCookieLine(device.answer))['max-age'])).toBeLessThanOrEqual(20 * 60);
    advance(20 * MINUTE);
    await expectRefreshRefused(device.cookie, 'expired');
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [device.sessionId]);
    expect(row.end_reason).toBe('expired');
  });
});

describe('one’s own sessions', () => {
  it('lists the caller’s open sessions with their device and address, marking the one in use', async () => {
    const user = await officer();
    const chrome = await login(user.email, CHROME_ON_WINDOWS);
    const firefox = await login(user.email, FIREFOX_ON_MAC);
    const stranger = await login((await officer()).email, CHROME_ON_WINDOWS);

    const list = await http().get('/api/auth/sessions').set(bearer(chrome.token)).expect(200);
    expect(list.body.map((s: { id: string }) => s.id).sort()).toEqual(
      [chrome.sessionId, firefox.sessionId].sort(),
    );
    expect(list.body.map((s: { id: string }) => s.id)).not.toContain(stranger.sessionId);
    const byId = Object.fromEntries(list.body.map((s: { id: string }) => [s.id, s]));
    expect(byId[chrome.sessionId]).toMatchObject({
      device: expect.stringContaining('Chrome'),
      ipAddress: expect.stringMatching(/127\.0\.0\.1$/),
      current: true,
      expiresAt: chrome.answer.body.sessionExpiresAt,
    });
    expect(byId[chrome.sessionId].device).toContain('Windows');
    expect(byId[firefox.sessionId]).toMatchObject({
      device: expect.stringContaining('Firefox'),
      current: false,
    });
    expect(byId[firefox.sessionId].device).toMatch(/mac ?OS/i);
    for (const session of list.body) {
      expect(Object.keys(session).sort()).toEqual(
        ['createdAt', 'current', 'device', 'expiresAt', 'id', 'ipAddress', 'lastSeenAt'].sort(),
      );
      expect(JSON.stringify(session)).not.toContain(chrome.cookie.split('=')[1]);
    }

    const fromFirefox = await http().get('/api/auth/sessions').set(bearer(firefox.token)).expect(200);
    expect(fromFirefox.body.find((s: { current: boolean }) => s.current).id).toBe(firefox.sessionId);

    // A refresh moves "last seen" on and keeps its session.
    advance(5 * MINUTE);
    const later = await refreshed(firefox.cookie);
    const after = await http().get('/api/auth/sessions').set(bearer(later.token)).expect(200);
    const seen = after.body.find((s: { id: string }) => s.id === firefox.sessionId);
    expect(new Date(seen.lastSeenAt).getTime()).toBeGreaterThan(
      new Date(byId[firefox.sessionId].lastSeenAt).getTime(),
    );
    expect(seen.current).toBe(true);
    // The list is the latest first.
    expect(after.body[0].id).toBe(firefox.sessionId);

    await http().get('/api/auth/sessions').expect(401);
  });

  it('ends another of one’s own sessions at once: its token and its cookie stop working', async () => {
    const user = await officer();
    const here = await login(user.email, CHROME_ON_WINDOWS);
    const there = await login(user.email, FIREFOX_ON_MAC);
    await http().delete(`/api/auth/sessions/${there.sessionId}`).set(bearer(here.token)).expect(204);
    await expectTokenRevoked(there.token);
    await expectRefreshRefused(there.cookie, 'ended_by_user');
    // This one goes on.
    await expectTokenWorks(here.token);
    const list = await http().get('/api/auth/sessions').set(bearer(here.token)).expect(200);
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([here.sessionId]);
    await refreshed(here.cookie);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [there.sessionId]);
    expect(row.end_reason).toBe('ended_by_user');
    expect(await auditRows('auth.session_ended', user.id)).toEqual([
      expect.objectContaining({
        actor_id: user.id,
        details: { sessionId: there.sessionId, reason: 'ended_by_user' },
      }),
    ]);
  });

  it('answers 404 for someone else’s session, an unknown or ended one, and 400 for a malformed id', async () => {
    const user = await officer();
    const mine = await login(user.email);
    const other = await login(user.email);
    const strangerUser = await officer();
    const stranger = await login(strangerUser.email);

    await http().delete(`/api/auth/sessions/${stranger.sessionId}`).set(bearer(mine.token)).expect(404);
    await expectTokenWorks(stranger.token);
    await refreshed(stranger.cookie);
    await http().delete(`/api/auth/sessions/${NO_SUCH_ID}`).set(bearer(mine.token)).expect(404);
    await http().delete(`/api/auth/sessions/${other.sessionId}`).set(bearer(mine.token)).expect(204);
    await http().delete(`/api/auth/sessions/${other.sessionId}`).set(bearer(mine.token)).expect(404);
    const malformed = await http().delete('/api/auth/sessions/not-a-uuid').set(bearer(mine.token));
    expect(malformed.status).toBe(400);
    await http().delete(`/api/auth/sessions/${mine.sessionId}`).expect(401);
  });
});

describe('an admin and a person’s sessions', () => {
  it('lists a person’s sessions and ends one, audited', async () => {
    const user = await officer();
    const laptop = await login(user.email, CHROME_ON_WINDOWS);
    const desktop = await login(user.email, FIREFOX_ON_MAC);

    const list = await http().get(`/api/users/${user.id}/sessions`).set(bearer(admin.token)).expect(200);
    expect(list.body.map((s: { id: string }) => s.id).sort()).toEqual(
      [laptop.sessionId, desktop.sessionId].sort(),
    );
    // None of them is the admin's own.
    expect(list.body.every((s: { current: boolean }) => s.current === false)).toBe(true);
    expect(list.body.find((s: { id: string }) => s.id === laptop.sessionId).device).toContain('Chrome');

    await http()
      .delete(`/api/users/${user.id}/sessions/${laptop.sessionId}`)
      .set(bearer(admin.token))
      .expect(204);
    await expectTokenRevoked(laptop.token);
    await expectRefreshRefused(laptop.cookie, 'ended_by_admin');
    await expectTokenWorks(desktop.token);
    await refreshed(desktop.cookie);

    const audit = await auditRows('auth.session_ended', user.id);
    expect(audit).toEqual([
      {
        actor_id: admin.id,
        action: 'auth.session_ended',
        entity_type: 'user',
        entity_id: user.id,
        details: { sessionId: laptop.sessionId, reason: 'ended_by_admin' },
      },
    ]);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [laptop.sessionId]);
    expect(row.end_reason).toBe('ended_by_admin');
    const after = await http().get(`/api/users/${user.id}/sessions`).set(bearer(admin.token)).expect(200);
    expect(after.body.map((s: { id: string }) => s.id)).toEqual([desktop.sessionId]);
  });

  it('answers 404 for an unknown person or a session not theirs, 400 for malformed ids', async () => {
    const user = await officer();
    const other = await officer();
    const theirs = await login(other.email);
    await http().get(`/api/users/${NO_SUCH_ID}/sessions`).set(bearer(admin.token)).expect(404);
    await http()
      .delete(`/api/users/${NO_SUCH_ID}/sessions/${theirs.sessionId}`)
      .set(bearer(admin.token))
      .expect(404);
    // The session exists, but is someone else's.
    await http()
      .delete(`/api/users/${user.id}/sessions/${theirs.sessionId}`)
      .set(bearer(admin.token))
      .expect(404);
    await expectTokenWorks(theirs.token);
    await http().delete(`/api/users/${other.id}/sessions/${NO_SUCH_ID}`).set(bearer(admin.token)).expect(404);
    await http().get('/api/users/not-a-uuid/sessions').set(bearer(admin.token)).expect(400);
    await http().delete(`/api/users/${other.id}/sessions/not-a-uuid`).set(bearer(admin.token)).expect(400);
    const empty = await http().get(`/api/users/${user.id}/sessions`).set(bearer(admin.token)).expect(200);
    expect(empty.body).toEqual([]);
  });

  it('is for admins only', async () => {
    const target = await officer();
    const targetSession = await login(target.email);
    for (const role of ['officer', 'manager'] as const) {
      const { token } = await signedIn(api, role, { teamId });
      const list = await http().get(`/api/users/${target.id}/sessions`).set(bearer(token));
      expect([role, list.status]).toEqual([role, 403]);
      const end = await http()
        .delete(`/api/users/${target.id}/sessions/${targetSession.sessionId}`)
        .set(bearer(token));
      expect([role, end.status]).toEqual([role, 403]);
    }
    await expectTokenWorks(targetSession.token);
    await http().get(`/api/users/${target.id}/sessions`).expect(401);
  });
});

describe('what ends other sessions or all of them', () => {
  it('a new password ends every other session; this one goes on and still refreshes', async () => {
    const user = await officer();
    const here = await login(user.email, CHROME_ON_WINDOWS);
    const there = await login(user.email, FIREFOX_ON_MAC);
    const third = await login(user.email);
    const changed = await http()
      .post('/api/auth/password')
      .set(bearer(here.token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a lantern over still water' })
      .expect(200);
    expect(changed.body).toMatchObject({
      user: { id: user.id },
      sessionExpiresAt: here.answer.body.sessionExpiresAt,
      idleTimeoutSeconds: 1800,
    });
    expect(sessionIdOf(changed.body.accessToken)).toBe(here.sessionId);

    for (const gone of [there, third]) {
      await expectTokenRevoked(gone.token);
      await expectRefreshRefused(gone.cookie, 'password_changed');
    }
    await expectTokenWorks(here.token);
    await expectTokenWorks(changed.body.accessToken);
    const next = await refreshed(here.cookie);
    await expectTokenWorks(next.token);
    const list = await http().get('/api/auth/sessions').set(bearer(next.token)).expect(200);
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([here.sessionId]);
    const ended = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = ANY($1::uuid[])`, [
        [there.sessionId, third.sessionId],
      ]);
    expect(ended.map((r: { end_reason: string }) => r.end_reason)).toEqual([
      'password_changed',
      'password_changed',
    ]);
    const [audit] = await auditRows('auth.password_changed', user.id);
    expect(audit.details).toMatchObject({ otherSessionsEnded: 2 });
  });

  it('signing out ends only this session and clears its cookie', async () => {
    const user = await officer();
    const here = await login(user.email);
    const there = await login(user.email);
    const out = await http()
      .post('/api/auth/logout')
      .set(bearer(here.token))
      .set('Cookie', here.cookie)
      .expect(204);
    expectCookieCleared(out);
    await expectTokenRevoked(here.token);
    await expectRefreshRefused(here.cookie, 'signed_out');
    // Signing out twice: that token no longer signs anything.
    await http().post('/api/auth/logout').set(bearer(here.token)).expect(401);

    await expectTokenWorks(there.token);
    const next = await refreshed(there.cookie);
    const list = await http().get('/api/auth/sessions').set(bearer(next.token)).expect(200);
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([there.sessionId]);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE id = $1`, [here.sessionId]);
    expect(row.end_reason).toBe('signed_out');
    expect(await auditRows('auth.signed_out', user.id)).toEqual([
      expect.objectContaining({
        actor_id: user.id,
        details: { sessionId: here.sessionId, reason: 'signed_out' },
      }),
    ]);
  });

  it('an admin disabling the person ends every session (reason revoked)', async () => {
    const user = await officer();
    const one = await login(user.email);
    const two = await login(user.email);
    await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(admin.token))
      .send({ active: false, version: 1 })
      .expect(200);
    const listed = await http().get(`/api/users/${user.id}/sessions`).set(bearer(admin.token)).expect(200);
    expect(listed.body).toEqual([]);
    for (const device of [one, two]) {
      await expectTokenRevoked(device.token);
      await expectRefreshRefused(device.cookie, 'revoked');
    }
    const rows = await api.app
      .get(DataSource)
      .query(`SELECT end_reason FROM sessions WHERE user_id = $1 ORDER BY created_at`, [user.id]);
    expect(rows.map((r: { end_reason: string }) => r.end_reason)).toEqual(['revoked', 'revoked']);
  });

  it('an admin resetting the second factor ends every session (reason revoked)', async () => {
    const user = await officer();
    const device = await login(user.email);
    await http().post(`/api/users/${user.id}/second-factor/reset`).set(bearer(admin.token)).expect(204);
    await expectTokenRevoked(device.token);
    // Ended already, before anyone refreshes: the admin no longer sees it open.
    const listed = await http().get(`/api/users/${user.id}/sessions`).set(bearer(admin.token)).expect(200);
    expect(listed.body).toEqual([]);
    await http()
      .delete(`/api/users/${user.id}/sessions/${device.sessionId}`)
      .set(bearer(admin.token))
      .expect(404);
    // Signing in again opens a new session that works, and the only one the person sees.
    const again = await login(user.email);
    const mine = await http().get('/api/auth/sessions').set(bearer(again.token)).expect(200);
    expect(mine.body.map((s: { id: string }) => s.id)).toEqual([again.sessionId]);
    await expectRefreshRefused(device.cookie, 'revoked');
    await refreshed(again.cookie);
  });
});

// Last: the firm's settings are one row every test of this file reads.
describe('the firm’s security settings', () => {
  it('are read and changed by admins only, with a version, validated', async () => {
    const read = await http().get('/api/security-settings').set(bearer(admin.token)).expect(200);
    expect(read.body).toEqual({
      idleTimeoutMinutes: 30,
      absoluteLifetimeHours: 12,
      secondFactorForOfficers: false,
      updatedAt: expect.any(String),
      version: 1,
    });
    for (const role of ['officer', 'manager'] as const) {
      const { token } = await signedIn(api, role, { teamId });
      const get = await http().get('/api/security-settings').set(bearer(token));
      const put = await http()
        .put('/api/security-settings')
        .set(bearer(token))
        .send({ ...read.body, updatedAt: undefined, idleTimeoutMinutes: 200 });
      expect([role, get.status, put.status]).toEqual([role, 403, 403]);
    }
    const valid = {
      idleTimeoutMinutes: 30,
      absoluteLifetimeHours: 12,
      secondFactorForOfficers: false,
      version: 1,
    };
    for (const body of [
      { ...valid, idleTimeoutMinutes: 4 },
      { ...valid, idleTimeoutMinutes: 241 },
      { ...valid, idleTimeoutMinutes: 10.5 },
      { ...valid, absoluteLifetimeHours: 0 },
      { ...valid, absoluteLifetimeHours: 25 },
      { ...valid, secondFactorForOfficers: 'yes' },
      { ...valid, version: undefined },
      { ...valid, updatedAt: read.body.updatedAt },
      { ...valid, maxSessions: 3 },
      {},
    ]) {
      const refused = await http().put('/api/security-settings').set(bearer(admin.token)).send(body);
      expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400]);
    }
    const unchanged = await http().get('/api/security-settings').set(bearer(admin.token)).expect(200);
    expect(unchanged.body).toEqual(read.body);
  });

  it('a changed idle timeout applies to the next sign-in and to refreshes; a stale version is refused', async () => {
    const user = await officer();
    const before = await login(user.email);
    const changed = await http()
      .put('/api/security-settings')
      .set(bearer(admin.token))
      .send({ idleTimeoutMinutes: 10, absoluteLifetimeHours: 2, secondFactorForOfficers: false, version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({
      idleTimeoutMinutes: 10,
      absoluteLifetimeHours: 2,
      secondFactorForOfficers: false,
      version: 2,
    });
    try {
      const stale = await http().put('/api/security-settings').set(bearer(admin.token)).send({
        idleTimeoutMinutes: 60,
        absoluteLifetimeHours: 12,
        secondFactorForOfficers: false,
        version: 1,
      });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
      const [audit] = await api.app
        .get(DataSource)
        .query(
          `SELECT actor_id, details FROM audit_log WHERE action = 'security_settings.updated' ORDER BY at, id`,
        );
      expect(audit.actor_id).toBe(admin.id);
      expect(audit.details).toMatchObject({
        before: { idleTimeoutMinutes: 30, absoluteLifetimeHours: 12, version: 1 },
        after: { idleTimeoutMinutes: 10, absoluteLifetimeHours: 2, version: 2 },
      });

      const start = clock.now().getTime();
      const device = await login(user.email);
      expect(device.answer.body.idleTimeoutSeconds).toBe(600);
      const expiresAt = new Date(device.answer.body.sessionExpiresAt).getTime();
      expect(expiresAt).toBeGreaterThanOrEqual(start + 2 * HOUR);
      expect(expiresAt).toBeLessThanOrEqual(clock.now().getTime() + 2 * HOUR);
      // A session already open keeps the lifetime it began with, and takes the new idle timeout.
      const older = await refreshed(before.cookie);
      expect(older.answer.body).toMatchObject({
        idleTimeoutSeconds: 600,
        sessionExpiresAt: before.answer.body.sessionExpiresAt,
      });

      advance(9 * MINUTE);
      const next = await refreshed(device.cookie);
      advance(11 * MINUTE);
      await expectRefreshRefused(next.cookie, 'idle');
      await expectRefreshRefused(older.cookie, 'idle');
    } finally {
      await http()
        .put('/api/security-settings')
        .set(bearer(admin.token))
        .send({
          idleTimeoutMinutes: 30,
          absoluteLifetimeHours: 12,
          secondFactorForOfficers: false,
          version: 2,
        })
        .expect(200);
    }
    const reset = await http().get('/api/security-settings').set(bearer(admin.token)).expect(200);
    expect(reset.body).toMatchObject({ idleTimeoutMinutes: 30, absoluteLifetimeHours: 12, version: 3 });
  });
});
