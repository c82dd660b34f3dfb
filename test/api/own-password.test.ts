import { bearer, createTeam, signIn, TEST_PASSWORD } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

/** [6/10] Own password: chosen with the one in use, held to the rules, ending every other session. */
const api = useApiApp('own-password');
const http = api.http;
let teamId: string;
let admin: { token: string; id: string };

beforeAll(async () => {
  teamId = await createTeam(api.app, '密碼組');
  const a = await signedIn(api, 'admin');
  admin = { token: a.token, id: a.user.id };
});

const change = (token: string, currentPassword: string, newPassword: string) =>
  http().post('/api/auth/password').set(bearer(token)).send({ currentPassword, newPassword });
const audit = (userId: string) =>
  api.app
    .get(DataSource)
    .query(`SELECT action, details FROM audit_log WHERE actor_id = $1 ORDER BY at`, [userId]);

describe('changing one’s own password', () => {
  it('takes the new one, ends every other session and keeps this one going', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId });
    const otherDevice = await signIn(api.app, user.email);
    const answer = await change(token, TEST_PASSWORD, 'a quiet harbour at dawn').expect(200);
    expect(answer.body).toMatchObject({ mustChangePassword: false, user: { id: user.id } });
    expect(JSON.stringify(answer.body)).not.toContain('harbour');
    const refused = await http().get('/api/auth/me').set(bearer(otherDevice)).expect(401);
    expect(refused.body.code).toBe('TOKEN_REVOKED');
    for (const mine of [token, answer.body.accessToken])
      await http().get('/api/auth/me').set(bearer(mine)).expect(200);
    await signIn(api.app, user.email, 'a quiet harbour at dawn');
    const wrong = await http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(wrong.status).toBe(401);
    const actions = (await audit(user.id)).map((r: { action: string }) => r.action);
    expect(actions).toContain('auth.password_changed');
    expect(JSON.stringify(await audit(user.id))).not.toContain('harbour');
  });

  it('refuses a wrong current password (422, not a sign-out) and throttles guesses like sign-ins', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId });
    const wrong = await change(token, 'not-the-password', 'a quiet harbour at dawn').expect(422);
    expect(wrong.body).toMatchObject({
      code: 'CURRENT_PASSWORD_WRONG',
      details: { field: 'currentPassword' },
    });
    // The same throttle as sign-ins: right after a failure the pair waits, even with the right password.
    const throttled = await change(token, TEST_PASSWORD, 'a quiet harbour at dawn');
    expect([throttled.status, throttled.body.code]).toEqual([429, 'TOO_MANY_SIGN_IN_ATTEMPTS']);
    expect(
      (await audit(user.id)).filter((r: { action: string }) => r.action === 'auth.password_change_failed'),
    ).toHaveLength(1);
    expect((await audit(user.id)).map((r: { action: string }) => r.action)).not.toContain(
      'auth.password_changed',
    );
  });

  it('names every rule a new password breaks, and keeps the old one', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId, fullName: 'Zhou Yaqi' });
    const cases: [string, string[]][] = [
      ['zq-7', ['too_short']],
      ['1qaz2wsx3edc', ['common']],
      [`${user.email}-x`, ['contains_email']],
      ['hello zhou yaqi!', ['contains_name']],
      [TEST_PASSWORD, ['unchanged']],
      ['x'.repeat(129), ['too_long']],
    ];
    for (const [password, problems] of cases) {
      const refused = await change(token, TEST_PASSWORD, password);
      expect([password.slice(0, 20), refused.status, refused.body.code]).toEqual([
        password.slice(0, 20),
        password.length > 128 ? 400 : 422,
        password.length > 128 ? 'VALIDATION_FAILED' : 'PASSWORD_REJECTED',
      ]);
      if (refused.status === 422) expect(refused.body.details).toEqual({ field: 'newPassword', problems });
    }
    await http().get('/api/auth/me').set(bearer(token)).expect(200);
  });

  it('answers bad bodies with 400 and an anonymous caller with 401', async () => {
    const { token } = await signedIn(api, 'officer', { teamId });
    for (const body of [
      {},
      { currentPassword: TEST_PASSWORD },
      { newPassword: 'a quiet harbour' },
      { currentPassword: 1, newPassword: [] },
    ])
      await http().post('/api/auth/password').set(bearer(token)).send(body).expect(400);
    await http()
      .post('/api/auth/password')
      .set(bearer(token))
      .set('Content-Type', 'application/json')
      .send('{"currentPassword": "x", "newPass')
      .expect(400);
    await http().post('/api/auth/password').send({ currentPassword: 'x', newPassword: 'y' }).expect(401);
  });
});

describe('a password an admin sets', () => {
  it('must be replaced by one’s own before anything else, for a reset and for a new account', async () => {
    const { user } = await signedIn(api, 'officer', { teamId });
    await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(admin.token))
      .send({ password: 'temporary river stone', version: 1 })
      .expect(200);
    const login = await http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'temporary river stone' })
      .expect(200);
    expect(login.body.mustChangePassword).toBe(true);
    const token = login.body.accessToken as string;
    const refused = await http().get('/api/cases').set(bearer(token)).expect(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await http().get('/api/auth/me').set(bearer(token)).expect(200);
    const chosen = await change(token, 'temporary river stone', 'my own river stone').expect(200);
    expect(chosen.body.mustChangePassword).toBe(false);
    await http().get('/api/cases').set(bearer(chosen.body.accessToken)).expect(200);

    const created = await http()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({
        email: 'fresh@accord.test',
        fullName: '新同事',
        role: 'officer',
        teamId,
        password: 'temporary river stone',
      })
      .expect(201);
    const first = await http()
      .post('/api/auth/login')
      .send({ email: 'fresh@accord.test', password: 'temporary river stone' })
      .expect(200);
    expect([created.body.id, first.body.mustChangePassword]).toEqual([first.body.user.id, true]);
    await http().post('/api/auth/logout').set(bearer(first.body.accessToken)).expect(204);
  });

  it('is held to the rules too', async () => {
    const { user } = await signedIn(api, 'officer', { teamId });
    const refused = await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(admin.token))
      .send({ password: 'qwerty123456', version: 1 })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'PASSWORD_REJECTED',
      details: { field: 'password', problems: ['common'] },
    });
    const named = await http()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({
        email: 'lin.meihua@accord.test',
        fullName: 'Lin Meihua',
        role: 'officer',
        teamId,
        password: 'meihua-is-here',
      })
      .expect(422);
    expect(named.body.details).toEqual({ field: 'password', problems: ['contains_name'] });
  });

  it('is not the officer’s or manager’s to set: only admins reset', async () => {
    const { user: officer } = await signedIn(api, 'officer', { teamId });
    const { token: managerToken } = await signedIn(api, 'manager', { teamId });
    await http()
      .patch(`/api/users/${officer.id}`)
      .set(bearer(managerToken))
      .send({ password: 'a managers choice here', version: 1 })
      .expect(403);
  });
});
