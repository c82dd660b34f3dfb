import { totpStep } from '@accord/domain';
import { ManualClock } from '@accord/server-core';
import { bearer, createTeam, TEST_PASSWORD } from '@accord/server-testing';
import { SecondFactorService } from '@accord/server-users';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

/** [6/10] TOTP (RFC 6238) as a second factor: enrolment, ±1 step, once only, recovery codes, an admin's reset. */
const clock = new ManualClock();
const api = useApiApp('second-factor', {}, { clock });
const http = api.http;
let teamId: string;
let adminToken: string;

// Each test moves the clock to the middle of steps of its own, so a code never straddles a step's edge
// while a request is on its way, and a failed try's wait has long passed by the next step.
let nextStep = totpStep(new Date()) + 10;
const atStep = (step: number) => clock.set(new Date(step * 30_000 + 15_000));
const freshSteps = (count: number) => {
  const first = nextStep;
  nextStep += count + 5;
  return first;
};
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * 30 + 15 });

beforeAll(async () => {
  teamId = await createTeam(api.app, '驗證組');
  adminToken = (await signedIn(api, 'admin')).token;
});

const login = (email: string, extra: Record<string, string> = {}) =>
  http()
    .post('/api/auth/login')
    .send({ email, password: TEST_PASSWORD, ...extra });

async function enrolled(step: number) {
  atStep(step);
  const { user, token } = await signedIn(api, 'officer', { teamId });
  const started = await http().post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(200);
  const secret = started.body.secret as string;
  const confirmed = await http()
    .post('/api/auth/second-factor/enrolment/confirm')
    .set(bearer(token))
    .send({ code: await codeAt(secret, step) })
    .expect(200);
  return { user, token, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

describe('enrolling an authenticator app', () => {
  it('gives a secret and QR code, confirms with a first code, and hands out ten recovery codes once', async () => {
    const step = freshSteps(2);
    atStep(step);
    const { user, token } = await signedIn(api, 'officer', { teamId });
    const before = await http().get('/api/auth/second-factor').set(bearer(token)).expect(200);
    expect(before.body).toEqual({ enrolled: false, enrolledAt: null, recoveryCodesLeft: 0 });
    await http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set(bearer(token))
      .send({ code: '123456' })
      .expect(409);
    const started = await http().post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(200);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Accord:.*secret=/);
    expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);
    const secret = started.body.secret as string;
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT totp_pending_cipher AS pending FROM users WHERE id = $1`, [user.id]);
    expect(row.pending).not.toContain(secret);

    const wrong = await http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(secret, step + 3) })
      .expect(422);
    expect(wrong.body.code).toBe('SECOND_FACTOR_WRONG');
    const confirmed = await http()
      .post('/api/auth/second-factor/enrolment/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(secret, step) })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    for (const code of confirmed.body.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    const stored = JSON.stringify(
      await api.app
        .get(DataSource)
        .query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [user.id]),
    );
    for (const code of confirmed.body.recoveryCodes) expect(stored).not.toContain(code);
    const after = await http().get('/api/auth/second-factor').set(bearer(token)).expect(200);
    expect(after.body).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    const again = await http().post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(409);
    expect(again.body.code).toBe('SECOND_FACTOR_ENROLLED');
  });

  it('answers bad codes with 400', async () => {
    const { token } = await signedIn(api, 'officer', { teamId });
    for (const code of ['12345', '1234567', 'abcdef', 123456, null])
      await http()
        .post('/api/auth/second-factor/enrolment/confirm')
        .set(bearer(token))
        .send({ code })
        .expect(400);
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after the right password, takes it once, within one step of the clock', async () => {
    const step = freshSteps(8);
    const { user, secret } = await enrolled(step);

    atStep(step + 1);
    const asked = await login(user.email).expect(401);
    expect(asked.body.code).toBe('SECOND_FACTOR_REQUIRED');
    // Being asked is no failed try: the code goes through at once.
    const code = await codeAt(secret, step + 1);
    const first = await login(user.email, { code }).expect(200);
    expect(first.body.accessToken).toEqual(expect.any(String));

    atStep(step + 2);
    const replay = await login(user.email, { code }).expect(401);
    expect(replay.body.code).toBe('SECOND_FACTOR_WRONG');

    // A phone a step behind still signs in; two steps ahead does not.
    atStep(step + 4);
    await login(user.email, { code: await codeAt(secret, step + 3) }).expect(200);
    atStep(step + 6);
    const ahead = await login(user.email, { code: await codeAt(secret, step + 8) }).expect(401);
    expect(ahead.body.code).toBe('SECOND_FACTOR_WRONG');
    const failures = await api.app
      .get(DataSource)
      .query(
        `SELECT details->>'reason' AS reason FROM audit_log WHERE actor_id = $1 AND action = 'auth.sign_in_failed' ORDER BY at`,
        [user.id],
      );
    expect(failures.map((f: { reason: string }) => f.reason)).toEqual([
      'second_factor_replayed',
      'second_factor_wrong',
    ]);
  });

  it('lets the same code through only once when two sign-ins race with it', async () => {
    const step = freshSteps(3);
    const { user, secret } = await enrolled(step);
    atStep(step + 1);
    const code = await codeAt(secret, step + 1);
    // Through the API the throttle already holds the second try back; beneath it, the row's step does.
    const answers = await Promise.all([login(user.email, { code }), login(user.email, { code })]);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.map((a) => a.status).sort()[1]).toBeOneOf([401, 429]);
    atStep(step + 2);
    const next = await codeAt(secret, step + 2);
    const checks = api.app.get(SecondFactorService);
    const outcomes = await Promise.all([
      checks.check(user.id, { code: next }),
      checks.check(user.id, { code: next }),
    ]);
    expect(outcomes.sort()).toEqual(['accepted', 'replayed']);
  });

  it('takes each recovery code once instead of the app’s code', async () => {
    const step = freshSteps(4);
    const { user, recoveryCodes } = await enrolled(step);
    atStep(step + 1);
    const first = await login(user.email, { recoveryCode: ` ${recoveryCodes[3].toUpperCase()} ` }).expect(
      200,
    );
    atStep(step + 3);
    const twice = await login(user.email, { recoveryCode: recoveryCodes[3] }).expect(401);
    expect(twice.body.code).toBe('SECOND_FACTOR_WRONG');
    const status = await http()
      .get('/api/auth/second-factor')
      .set(bearer(first.body.accessToken))
      .expect(200);
    expect(status.body.recoveryCodesLeft).toBe(9);
  });

  it('throttles wrong codes like wrong passwords', async () => {
    const step = freshSteps(2);
    const { user } = await enrolled(step);
    atStep(step + 1);
    await login(user.email, { code: '000000' }).expect(401);
    const next = await login(user.email, { code: '111111' });
    expect([next.status, next.body.code]).toEqual([429, 'TOO_MANY_SIGN_IN_ATTEMPTS']);
  });
});

describe('an admin’s reset of a second factor', () => {
  it('removes it and its recovery codes, ends the person’s sessions, and is audited', async () => {
    const step = freshSteps(3);
    const { user, token } = await enrolled(step);
    const { token: managerToken } = await signedIn(api, 'manager', { teamId });
    await http().post(`/api/users/${user.id}/second-factor/reset`).set(bearer(token)).expect(403);
    await http().post(`/api/users/${user.id}/second-factor/reset`).set(bearer(managerToken)).expect(403);
    await http()
      .post('/api/users/00000000-0000-4000-8000-000000000000/second-factor/reset')
      .set(bearer(adminToken))
      .expect(404);
    await http().post(`/api/users/${user.id}/second-factor/reset`).set(bearer(adminToken)).expect(204);
    await http().get('/api/auth/me').set(bearer(token)).expect(401);
    atStep(step + 1);
    const again = await login(user.email).expect(200);
    const status = await http()
      .get('/api/auth/second-factor')
      .set(bearer(again.body.accessToken))
      .expect(200);
    expect(status.body).toEqual({ enrolled: false, enrolledAt: null, recoveryCodesLeft: 0 });
    const [{ count }] = await api.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1 AND action = 'user.second_factor_reset'`,
        [user.id],
      );
    expect(count).toBe(1);
  });
});
