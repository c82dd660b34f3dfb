import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthProvider } from '../authProvider';
import { readSession } from '../session';

const translate = (key: string, options: Record<string, unknown> = {}) => String(options._ ?? key);
const user = {
  id: 'u1',
  fullName: '王雅婷',
  email: 'officer.wang@accord.test',
  role: 'officer',
  teamId: 't1',
  locale: 'zh-TW',
};

let requests: { url: string; init: RequestInit }[];
let answer: { status: number; body?: unknown };

beforeEach(() => {
  requests = [];
  answer = { status: 200, body: { accessToken: 'tok', expiresIn: 3600, user } };
  const storage = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => storage.set(k, v),
    removeItem: (k: string) => storage.delete(k),
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('authProvider', () => {
  const auth = createAuthProvider(translate);

  it('signs in with the username as e-mail and keeps the token and person', async () => {
    await auth.login({ username: ' officer.wang@accord.test ', password: 'secret' });
    expect(requests[0].url).toBe('/api/auth/login');
    expect(JSON.parse(String(requests[0].init.body))).toEqual({
      email: 'officer.wang@accord.test',
      password: 'secret',
    });
    expect(readSession()?.accessToken).toBe('tok');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ id: 'u1', fullName: '王雅婷' });
    await expect(auth.getPermissions?.({})).resolves.toBe('officer');
  });

  it('rejects wrong credentials with the server’s message when none is translated', async () => {
    answer = {
      status: 401,
      body: { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Invalid email or password' },
    };
    await expect(auth.login({ username: 'a@b.c', password: 'x' })).rejects.toMatchObject({
      status: 401,
      message: 'Invalid email or password',
    });
    expect(readSession()).toBeNull();
  });

  it('signs out on 401 but stays signed in on 403', async () => {
    await auth.login({ username: 'a@b.c', password: 'x' });
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(readSession()).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toBeDefined();
    expect(readSession()).toBeNull();
    await expect(auth.checkAuth({})).rejects.toBeDefined();
  });

  it('asks the shared access rules, and refuses resources it does not know', async () => {
    answer = { status: 200, body: { accessToken: 'tok', expiresIn: 3600, user: { ...user, role: 'admin' } } };
    await auth.login({ username: 'admin@accord.test', password: 'x' });
    await expect(auth.canAccess?.({ resource: 'users', action: 'list' })).resolves.toBe(true);
    await expect(auth.canAccess?.({ resource: 'audit-log', action: 'delete' })).resolves.toBe(false);
    await expect(auth.canAccess?.({ resource: 'unknown', action: 'list' })).resolves.toBe(false);
  });

  it('revokes the token on the server when signing out, and forgets it locally', async () => {
    await auth.login({ username: 'a@b.c', password: 'x' });
    answer = { status: 204 };
    await auth.logout({});
    expect(requests[1].url).toBe('/api/auth/logout');
    expect(new Headers(requests[1].init.headers).get('Authorization')).toBe('Bearer tok');
    expect(readSession()).toBeNull();
  });
});
