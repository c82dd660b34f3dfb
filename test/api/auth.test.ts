import { bearer, createUser, TEST_PASSWORD } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

// TRUST_PROXY is off here, as by default: X-Forwarded-For must not choose the address failures count under.
// A first wait of a minute leaves room for a slow machine between a failure and the next try.
const api = useApiApp('auth', { SIGN_IN_FIRST_DELAY_SECONDS: '60' });

const http = api.http;

describe('sign-in', () => {
  it('answers a token and the user for good credentials, and /me knows who it is', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const response = await http()
      .post('/api/auth/login')
      .send({ email: officer.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(response.body.user).toMatchObject({ id: officer.id, email: officer.email, role: 'officer' });
    expect(response.body.user.passwordHash).toBeUndefined();
    // The test environment's access-token lifetime (JWT_TTL_SECONDS; five minutes by default).
    expect(response.body.expiresIn).toBe(1800);
    const me = await http().get('/api/auth/me').set(bearer(response.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id: officer.id, role: 'officer' });
  });

  it('answers 401 with a code for a wrong password and for an unknown e-mail, and audits both', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const wrong = await http()
      .post('/api/auth/login')
      .send({ email: officer.email, password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    const unknown = await http()
      .post('/api/auth/login')
      .send({ email: 'nobody@accord.test', password: 'whatever-it-is' })
      .expect(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    const rows = await api.app
      .get(DataSource)
      .query(
        `SELECT subject, details->>'reason' AS reason FROM audit_log WHERE action = 'auth.sign_in_failed' AND subject = ANY($1) ORDER BY id`,
        [[officer.email, 'nobody@accord.test']],
      );
    expect(rows).toEqual([
      { subject: officer.email, reason: 'wrong_password' },
      { subject: 'nobody@accord.test', reason: 'unknown_user' },
    ]);
  });

  it('answers 400 listing the fields for a malformed body, refuses unknown fields, and names bad JSON', async () => {
    const response = await http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email', role: 'admin' })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
    const bad = await http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(bad.body.code).toBe('MALFORMED_JSON');
  });

  it('answers 413 with a code for an oversized body', async () => {
    const response = await http()
      .post('/api/auth/login')
      .send({ email: 'a@accord.test', password: 'x'.repeat(2 * 1024 * 1024) })
      .expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a disabled user even with the right password', async () => {
    const officer = await createUser(api.app, { role: 'officer', active: false });
    const response = await http()
      .post('/api/auth/login')
      .send({ email: officer.email, password: TEST_PASSWORD })
      .expect(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('sign-out makes the token stop working', async () => {
    const { token } = await signedIn(api, 'officer');
    await http().post('/api/auth/logout').set(bearer(token)).expect(204);
    const after = await http().get('/api/auth/me').set(bearer(token)).expect(401);
    expect(after.body.code).toBe('TOKEN_REVOKED');
  });

  it('refuses missing, forged and wrongly-signed tokens', async () => {
    expect((await http().get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await http().get('/api/auth/me').set(bearer('not.a.jwt')).expect(401);
    // alg "none" must never be accepted: the algorithm is pinned.
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const officer = await createUser(api.app, { role: 'officer' });
    const payload = Buffer.from(JSON.stringify({ sub: officer.id, tv: 0, iss: 'accord' })).toString(
      'base64url',
    );
    await http()
      .get('/api/auth/me')
      .set(bearer(`${header}.${payload}.`))
      .expect(401);
  });

  it('makes the next try from the same address wait after a wrong password, whatever X-Forwarded-For claims', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    await http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.1')
      .send({ email: officer.email, password: 'not-the-password' })
      .expect(401);
    const refused = await http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.2')
      .send({ email: officer.email, password: TEST_PASSWORD })
      .expect(429);
    expect(refused.body).toMatchObject({
      code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
      details: { retryAfterSeconds: Number(refused.headers['retry-after']) },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another account is not affected by the first one's wait, from the same address.
    const other = await createUser(api.app, { role: 'officer' });
    await http().post('/api/auth/login').send({ email: other.email, password: TEST_PASSWORD }).expect(200);
  });
});
