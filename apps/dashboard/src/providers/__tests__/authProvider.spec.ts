import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthProvider } from '../authProvider';
import { clearSession, isInterrupted, readSession, sessionEndReason } from '../session';

const translate = (key: string, options: Record<string, unknown> = {}) => String(options._ ?? key);
const user = {
  id: 'u1',
  fullName: '王雅婷',
  email: 'officer.wang@accord.test',
  role: 'officer',
  teamId: 't1',
  locale: 'zh-TW',
};
const signedIn = (token: string, role = 'officer') => ({
  status: 200,
  body: {
    accessToken: token,
    expiresIn: 300,
    user: { ...user, role },
    mustChangePassword: false,
    mustEnrolSecondFactor: false,
    secondFactorEnrolled: true,
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: '2026-12-07T12:00:00.000Z',
  },
});

let requests: { url: string; init: RequestInit }[];
let answers: { status: number; body?: unknown }[];
let storage: Map<string, string>;

beforeEach(() => {
  requests = [];
  answers = [];
  storage = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => storage.set(k, v),
    removeItem: (k: string) => storage.delete(k),
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const answer = answers.shift() ?? { status: 500 };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  });
  clearSession();
});

afterEach(() => vi.unstubAllGlobals());

describe('authProvider', () => {
  const auth = createAuthProvider(translate);

  it('signs in with the username as e-mail and keeps the token and person in memory only', async () => {
    answers.push(signedIn('tok'));
    await auth.login({ username: ' officer.wang@accord.test ', password: 'secret' });
    expect(requests[0].url).toBe('/api/auth/login');
    expect(JSON.parse(String(requests[0].init.body))).toEqual({
      email: 'officer.wang@accord.test',
      password: 'secret',
    });
    expect(readSession()).toMatchObject({ accessToken: 'tok', idleTimeoutMs: 1_800_000 });
    expect(JSON.stringify([...storage.values()])).not.toContain('tok');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ id: 'u1', fullName: '王雅婷' });
    await expect(auth.getPermissions?.({})).resolves.toBe('officer');
  });

  it('rejects wrong credentials with the server’s message when none is translated', async () => {
    answers.push({
      status: 401,
      body: { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' },
    });
    await expect(auth.login({ username: 'a@b.c', password: 'x' })).rejects.toMatchObject({
      status: 401,
      message: 'Invalid email or password',
    });
    expect(readSession()).toBeNull();
  });

  it('on a 401 asks the refresh cookie, and keeps the session when it answers', async () => {
    answers.push(signedIn('tok'));
    await auth.login({ username: 'a@b.c', password: 'x' });
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    answers.push(signedIn('tok-2'));
    await expect(auth.checkError({ status: 401 })).resolves.toBeUndefined();
    expect(requests[1].url).toBe('/api/auth/refresh');
    expect(new Headers(requests[1].init.headers).get('X-Accord-CSRF')).toBe('1');
    expect(JSON.parse(String(requests[1].init.body))).toEqual({ idleSeconds: expect.any(Number) });
    expect([readSession()?.accessToken, isInterrupted()]).toEqual(['tok-2', false]);
  });

  it('keeps the page (and who it is) under a sign-in dialog when the session has ended, until signed out', async () => {
    answers.push(signedIn('tok'));
    await auth.login({ username: 'a@b.c', password: 'x' });
    answers.push({
      status: 401,
      body: { statusCode: 401, code: 'SESSION_ENDED', message: 'ended', details: { reason: 'idle' } },
    });
    await expect(auth.checkError({ status: 401 })).resolves.toBeUndefined();
    expect([isInterrupted(), sessionEndReason(), readSession()?.user.id, readSession()?.accessToken]).toEqual(
      [true, 'idle', 'u1', ''],
    );
    // React-admin's own checks do not send the person to the sign-in page meanwhile.
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getPermissions?.({})).resolves.toBe('officer');
    await auth.logout({});
    expect(readSession()).toBeNull();
    await expect(auth.checkAuth({})).rejects.toBeDefined();
    // Nothing to revoke: the session had ended on the server already.
    expect(requests.map((r) => r.url)).toEqual(['/api/auth/login', '/api/auth/refresh']);
  });

  it('asks the shared access rules, and refuses resources it does not know', async () => {
    answers.push(signedIn('tok', 'admin'));
    await auth.login({ username: 'admin@accord.test', password: 'x' });
    await expect(auth.canAccess?.({ resource: 'users', action: 'list' })).resolves.toBe(true);
    await expect(auth.canAccess?.({ resource: 'audit-log', action: 'delete' })).resolves.toBe(false);
    await expect(auth.canAccess?.({ resource: 'unknown', action: 'list' })).resolves.toBe(false);
  });

  it('ends the session on the server when signing out, and forgets it locally', async () => {
    answers.push(signedIn('tok'), { status: 204 });
    await auth.login({ username: 'a@b.c', password: 'x' });
    await auth.logout({});
    expect(requests[1].url).toBe('/api/auth/logout');
    expect(new Headers(requests[1].init.headers).get('Authorization')).toBe('Bearer tok');
    expect(readSession()).toBeNull();
  });
});

describe('a page opened fresh', () => {
  it('gets its session from the refresh cookie, once, and goes to the sign-in page without one', async () => {
    vi.resetModules();
    const fresh = await import('../authProvider');
    const auth = fresh.createAuthProvider(translate);
    answers.push(signedIn('from-cookie'));
    await expect(auth.getPermissions?.({})).resolves.toBe('officer');
    expect(requests.map((r) => r.url)).toEqual(['/api/auth/refresh']);

    vi.resetModules();
    const other = (await import('../authProvider')).createAuthProvider(translate);
    answers.push({
      status: 401,
      body: { statusCode: 401, code: 'SESSION_ENDED', message: 'none', details: { reason: 'missing' } },
    });
    await expect(other.checkAuth({})).rejects.toEqual({ message: false });
    await expect(other.checkAuth({})).rejects.toEqual({ message: false });
    expect(requests.map((r) => r.url)).toEqual(['/api/auth/refresh', '/api/auth/refresh']);
  });
});
