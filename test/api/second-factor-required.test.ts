import { bearer, createTeam, TEST_PASSWORD } from '@accord/server-testing';
import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

/**
 * [6/10] Managers and admins must enrol a second factor before anything else, officers too where the
 * firm says so (here it does); an exempt account (the demo logins) is only warned.
 */
const api = useApiApp('second-factor-required');
const http = api.http;
let teamId: string;

beforeAll(async () => {
  teamId = await createTeam(api.app, '必要組');
  const admin = await signedIn(api, 'admin');
  await http()
    .put('/api/security-settings')
    .set(bearer(admin.token))
    .send({ idleTimeoutMinutes: 30, absoluteLifetimeHours: 12, secondFactorForOfficers: true, version: 1 })
    .expect(200);
});

const login = (email: string) =>
  http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);

describe('a second factor the role needs', () => {
  it('must be enrolled before anything else, and then the same session goes on', async () => {
    for (const role of ['manager', 'admin', 'officer'] as const) {
      const { user } = await signedIn(api, role, {
        teamId: role === 'admin' ? null : teamId,
        secondFactorExempt: false,
      });
      const answer = await login(user.email);
      expect([role, answer.body.mustEnrolSecondFactor, answer.body.secondFactorEnrolled]).toEqual([
        role,
        true,
        false,
      ]);
      const token = answer.body.accessToken as string;
      const refused = await http().get('/api/clients').set(bearer(token)).expect(403);
      expect(refused.body.code).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
      await http().get('/api/auth/me').set(bearer(token)).expect(200);
      const started = await http().post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(200);
      await http()
        .post('/api/auth/second-factor/enrolment/confirm')
        .set(bearer(token))
        .send({ code: await generate({ secret: started.body.secret }) })
        .expect(200);
      await http().get('/api/clients').set(bearer(token)).expect(200);
    }
  });

  it('is not forced on an exempt account, which is told it has none', async () => {
    const { user } = await signedIn(api, 'manager', { teamId });
    const answer = await login(user.email);
    expect([answer.body.mustEnrolSecondFactor, answer.body.secondFactorEnrolled]).toEqual([false, false]);
    await http().get('/api/clients').set(bearer(answer.body.accessToken)).expect(200);
  });
});
