import { ManualClock } from '@accord/server-core';
import { createUser, TEST_PASSWORD } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { testClockOrigin } from './support/reminder-rig';

// Behind a proxy, X-Forwarded-For names the address, so one test process can sign in from many places.
// A first wait of 30 s leaves room for a slow machine between a failure and the next try.
const WINDOW = 900;
const FIRST_DELAY = 30;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;
/** Seconds a busy machine may take between an answer and the next request. */
const SLACK = 5;
const clock = new ManualClock(testClockOrigin());
const api = useApiApp(
  'sign_in_throttling',
  {
    TRUST_PROXY: 'true',
    SIGN_IN_WINDOW_SECONDS: String(WINDOW),
    SIGN_IN_FIRST_DELAY_SECONDS: String(FIRST_DELAY),
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: String(PER_ACCOUNT),
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
  },
  { clock },
);
afterEach(() => clock.reset());

let addresses = 0;
/** An address no earlier test has used, so each test starts with a clean slate. */
const freshAddress = () => {
  addresses += 1;
  return `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};
const advance = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000));

const login = (email: string, password: string, from: string) =>
  api.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

type Answer = Awaited<ReturnType<typeof login>>;
const retryAfter = (answer: Answer) => Number(answer.headers['retry-after']);

function expectRefused(answer: Answer): number {
  expect(answer.status).toBe(429);
  expect(answer.body.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
  expect(answer.body.details.retryAfterSeconds).toBe(retryAfter(answer));
  return retryAfter(answer);
}

const tally = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>(
    (counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }),
    {},
  );

/** Passwords the API checked for an e-mail: one audited failure each. */
async function checkedPasswords(emails: string[]): Promise<number> {
  const [{ n }] = await api.app
    .get(DataSource)
    .query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.sign_in_failed' AND subject = ANY($1)`,
      [emails],
    );
  return n;
}

describe('sign-in throttling', () => {
  it('checks one password of 20 sent at once for one account from one address, and refuses the rest with 429', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const from = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(officer.email, `wrong-${i}`, from)),
    );
    // An attempt in hand counts as a failure of its pair until it is answered, so the pair gets one try.
    expect(tally(answers)).toEqual({ 401: 1, 429: 19 });
    for (const answer of answers.filter((a) => a.status === 429)) {
      expect(expectRefused(answer)).toBeGreaterThan(0);
      expect(retryAfter(answer)).toBeLessThanOrEqual(FIRST_DELAY);
    }
    expect(await checkedPasswords([officer.email])).toBe(1);
  });

  it('checks at most the per-address limit of 30 passwords sent at once from one address for 30 e-mails', async () => {
    const from = freshAddress();
    const emails = Array.from({ length: 30 }, (_, i) => `sprayed-${i}-${Date.now()}@accord.test`);
    const answers = await Promise.all(emails.map((email) => login(email, 'a-guess-at-it', from)));
    expect(tally(answers)).toEqual({ 401: PER_ADDRESS, 429: 30 - PER_ADDRESS });
    for (const answer of answers.filter((a) => a.status === 429)) expectRefused(answer);
    expect(await checkedPasswords(emails)).toBe(PER_ADDRESS);
    // The address waits even for an e-mail it never tried, until its oldest failures leave the window.
    const officer = await createUser(api.app, { role: 'officer' });
    expect(expectRefused(await login(officer.email, TEST_PASSWORD, from))).toBeGreaterThan(WINDOW - 60);
  });

  it('lets the officer in from their own address while other addresses guess at their account', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const attackers = Array.from({ length: 7 }, freshAddress);
    const guesses = await Promise.all(attackers.map((from, i) => login(officer.email, `guess-${i}`, from)));
    // Each address's first guess is checked; together they put the account far past its limit.
    expect(tally(guesses)).toEqual({ 401: attackers.length });

    advance(FIRST_DELAY * 4);
    // Past their own wait, the guessing addresses are still refused, the right password included,
    // until the account's failures leave the window.
    for (const from of attackers) {
      expect(expectRefused(await login(officer.email, TEST_PASSWORD, from))).toBeGreaterThan(
        WINDOW - FIRST_DELAY * 4 - 60,
      );
    }

    const own = freshAddress();
    const signedIn = await login(officer.email, TEST_PASSWORD, own);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(officer.id);
    expect((await login(officer.email, TEST_PASSWORD, own)).status).toBe(200);

    // No permanent lockout: once the window has passed, the guessing addresses may try again.
    advance(WINDOW);
    expect((await login(officer.email, 'guess-again', attackers[0])).status).toBe(401);
    expect((await login(officer.email, TEST_PASSWORD, attackers[1])).status).toBe(200);
  });

  it('refuses the right password after a wrong one from the same address, with a wait that grows with each failure', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const from = freshAddress();
    const waits: number[] = [];
    for (let failure = 1; failure <= PER_ACCOUNT; failure += 1) {
      expect((await login(officer.email, `wrong-${failure}`, from)).status).toBe(401);
      const wait = expectRefused(await login(officer.email, TEST_PASSWORD, from));
      // The full wait, less the moments a busy machine took between the failure and the next try.
      expect(wait).toBeGreaterThanOrEqual(FIRST_DELAY * 2 ** (failure - 1) - SLACK);
      expect(wait).toBeLessThanOrEqual(FIRST_DELAY * 2 ** (failure - 1));
      waits.push(wait);
      advance(wait);
    }
    for (let i = 1; i < waits.length; i += 1) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
    // The last wait has passed: the right password gets in, and its pair starts clean again.
    const signedIn = await login(officer.email, TEST_PASSWORD, from);
    expect(signedIn.status).toBe(200);
    expect((await login(officer.email, 'a-typo', from)).status).toBe(401);
    expectRefused(await login(officer.email, TEST_PASSWORD, from));
  });

  it('answers an e-mail without an account with the same statuses, codes and waits as one with an account', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    const nobody = `nobody-${Date.now()}@accord.test`;
    const play = async (email: string) => {
      const from = freshAddress();
      const seen: { status: number; code: string; wait: number | null }[] = [];
      const step = async (password: string) => {
        const answer = await login(email, password, from);
        seen.push({
          status: answer.status,
          code: answer.body.code,
          wait: answer.status === 429 ? retryAfter(answer) : null,
        });
        return answer;
      };
      // The officer's own password, sent while the pair must wait, never tells whether it was right.
      for (let failure = 1; failure <= PER_ACCOUNT; failure += 1) {
        await step(`wrong-${failure}`);
        const refused = await step(TEST_PASSWORD);
        if (refused.status === 429) advance(retryAfter(refused));
      }
      return seen;
    };
    const known = await play(officer.email);
    const unknown = await play(nobody);
    expect(unknown.map(({ status, code }) => ({ status, code }))).toEqual(
      known.map(({ status, code }) => ({ status, code })),
    );
    expect(known.filter((s) => s.status === 401)).toHaveLength(PER_ACCOUNT);
    unknown.forEach((s, i) => {
      if (s.wait === null) expect(known[i].wait).toBeNull();
      else expect(Math.abs(s.wait - (known[i].wait ?? Infinity))).toBeLessThanOrEqual(SLACK);
    });
    // The same work too: each password checked once per 401 and counted the same way.
    expect(await checkedPasswords([officer.email])).toBe(await checkedPasswords([nobody]));
  });

  it('counts every address of one IPv6 /64 as one address', async () => {
    const officer = await createUser(api.app, { role: 'officer' });
    expect((await login(officer.email, 'wrong', '2001:db8:77:1::a')).status).toBe(401);
    expectRefused(await login(officer.email, TEST_PASSWORD, '2001:db8:77:1:ffff::b'));
    expect((await login(officer.email, TEST_PASSWORD, '2001:db8:77:2::a')).status).toBe(200);
  });
});
