import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { JWT_SECRET, useBuiltApi } from './support/built-api';

const api = useBuiltApi('caching_tokens');

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token signed with the server's own secret, with exactly the claims given. */
function forge(claims: Record<string, unknown>): string {
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
}

async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response;
}

describe('every /api answer is Cache-Control: no-store', () => {
  it('on successes and errors, signed in or not, including sign-in, the reveal, health and the docs', async () => {
    const officer = await api.signIn('officer.wang@accord.test');
    const other = await api.signIn('officer.tsai@accord.test');
    const clients = await fetch(`${api.baseUrl}/api/clients?perPage=1`, { headers: officer });
    const [client] = ((await clients.json()) as { data: { id: string }[] }).data;
    const link = await fetch(`${api.baseUrl}/api/cases?perPage=1`, { headers: officer })
      .then((r) => r.json() as Promise<{ data: { id: string }[] }>)
      .then(({ data: [one] }) =>
        fetch(`${api.baseUrl}/api/cases/${one.id}/upload-links`, {
          method: 'POST',
          headers: { ...officer, 'Content-Type': 'application/json' },
          body: '{}',
        }),
      )
      .then((r) => r.json() as Promise<{ url: string }>);
    const token = link.url.split('#')[1];
    const noExpiry = forge({ sub: '00000000-0000-4000-8000-000000000000', tv: 0, iss: 'accord' });
    const table: [string, string, { headers?: Record<string, string>; body?: unknown }, number][] = [
      [
        'POST',
        '/api/auth/login',
        { body: { email: 'officer.wang@accord.test', password: 'Accord-Demo-2026' } },
        200,
      ],
      [
        'POST',
        '/api/auth/login',
        { body: { email: 'officer.wang@accord.test', password: 'wrong-password' } },
        401,
      ],
      ['POST', '/api/auth/login', { body: { email: 12 } }, 400],
      ['POST', '/api/auth/login', { body: '{"email": 12' }, 400],
      ['GET', '/api/health', {}, 200],
      ['HEAD', '/api/health', {}, 200],
      ['GET', '/api/docs-json', {}, 200],
      ['GET', '/api/docs', {}, 200],
      ['GET', '/api/clients', { headers: officer }, 200],
      ['GET', '/api/clients', {}, 401],
      ['GET', '/api/clients', { headers: { Authorization: `Bearer ${noExpiry}` } }, 401],
      ['GET', `/api/clients/${client.id}`, { headers: officer }, 200],
      ['GET', `/api/clients/${client.id}`, { headers: other }, 404],
      ['GET', '/api/clients/not-a-uuid', { headers: officer }, 400],
      ['POST', `/api/clients/${client.id}/reveal`, { headers: officer }, 200],
      ['POST', `/api/clients/${client.id}/reveal`, { headers: other }, 404],
      ['POST', '/api/clients/lookup', { headers: officer, body: { phone: '0900000000' } }, 200],
      ['GET', '/api/clients?idNumber=A123456789', { headers: officer }, 400],
      ['GET', '/api/public/upload-link', { headers: { 'X-Upload-Token': token } }, 200],
      ['GET', '/api/public/upload-link', { headers: { 'X-Upload-Token': 'A'.repeat(43) } }, 404],
      ['GET', '/api/public/upload-link', {}, 401],
      ['GET', '/api/no-such-route', {}, 404],
      ['POST', '/api/no-such-route', { headers: officer, body: {} }, 404],
      ['GET', '/api/users', { headers: officer }, 403],
      ['POST', '/api/clients', { headers: officer, body: { fullName: 'x'.repeat(2 * 1024 * 1024) } }, 413],
      [
        'OPTIONS',
        '/api/auth/login',
        { headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' } },
        204,
      ],
    ];
    const answers = [];
    for (const [method, path, init, expected] of table) {
      const response = await call(method, path, init);
      answers.push({
        route: `${method} ${path.slice(0, 60)} ${Object.keys(init.headers ?? {}).join(',')}`,
        status: response.status,
        expected,
        noStore: /(^|,\s*)no-store(\s*,|$)/.test(response.headers.get('cache-control') ?? ''),
        etag: response.headers.get('etag'),
      });
    }
    expect(answers.filter((a) => a.status !== a.expected)).toEqual([]);
    expect(answers.filter((a) => !a.noStore)).toEqual([]);
    // The API's own answers carry no validator that would invite a conditional request.
    expect(answers.filter((a) => a.etag !== null && !a.route.includes('/api/docs'))).toEqual([]);
  });

  it('leaves the dashboard’s own files cacheable: the rule is for /api only', async () => {
    const page = await fetch(`${api.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control') ?? '').not.toContain('no-store');
  });
});

describe('access tokens must expire', () => {
  async function officerClaims() {
    const response = await fetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'officer.chang@accord.test', password: 'Accord-Demo-2026' }),
    });
    const { user, accessToken } = (await response.json()) as { user: { id: string }; accessToken: string };
    // The session the sign-in opened: a forged token of it is refused for its lifetime alone.
    const { sid } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as {
      sid: string;
    };
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT token_version AS tv FROM users WHERE id = $1`, [user.id]);
      return { sub: user.id, tv: rows[0].tv as number, sid, iss: 'accord' };
    } finally {
      await db.end();
    }
  }

  it('refuses a token signed with the secret but without exp (or with an endless one) with 401 and a code', async () => {
    const claims = await officerClaims();
    const now = Math.floor(Date.now() / 1000);
    const asBearer = (token: string) =>
      fetch(`${api.baseUrl}/api/clients`, { headers: { Authorization: `Bearer ${token}` } });
    // The forging itself is right: the same claims with an ordinary expiry open the list.
    expect((await asBearer(forge({ ...claims, iat: now, exp: now + 3600 }))).status).toBe(200);
    const refused = [
      forge({ ...claims, iat: now }),
      forge({ ...claims }),
      forge({ ...claims, exp: now + 3600 }),
      forge({ ...claims, iat: now, exp: now + 10 * 365 * 86400 }),
      forge({ ...claims, iat: now, exp: '9999999999' }),
      forge({ ...claims, iat: now, exp: null }),
    ];
    for (const token of refused) {
      const response = await asBearer(token);
      const body = (await response.json()) as { code: string };
      expect({ status: response.status, code: body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });
});
