import { describe, expect, it } from 'vitest';
import { useBuiltApi } from './support/built-api';

// The built API serving the built dashboard, as the quick start runs it: @nestjs/serve-static's error
// handler used to turn every body-parser failure under /api into 404 "Cannot POST …".
const api = useBuiltApi('malformed_json');

const json = 'application/json';
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const VALID = utf8('{"email":"officer.wang@accord.test","password":"Accord-Demo-2026"}');

/** Bodies no JSON route may read, each with the Content-Type it is sent with (null: none at all). */
const MALFORMED: { name: string; type: string | null; body: Buffer }[] = [
  { name: 'truncated object', type: json, body: utf8('{"email": 12') },
  { name: 'trailing comma', type: json, body: utf8('{"email":"a@accord.test","password":"x",}') },
  { name: 'bare {', type: json, body: utf8('{') },
  { name: 'single quotes', type: json, body: utf8("{'email':'a@accord.test'}") },
  { name: 'a bare string', type: json, body: utf8('"A123456789"') },
  {
    name: 'invalid UTF-8 inside a string',
    type: json,
    body: Buffer.concat([utf8('{"email":"a'), Buffer.from([0xff, 0xfe, 0xc3]), utf8('@accord.test"}')]),
  },
  {
    name: 'invalid UTF-8 alone',
    type: `${json}; charset=utf-8`,
    body: Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22]),
  },
  { name: 'a charset JSON is never sent in', type: `${json}; charset=iso-8859-1`, body: VALID },
  { name: 'JSON labelled as a form', type: 'application/x-www-form-urlencoded', body: VALID },
  { name: 'JSON labelled as plain text', type: 'text/plain', body: VALID },
  { name: 'JSON labelled as XML', type: 'application/xml', body: VALID },
  { name: 'JSON without a Content-Type', type: null, body: VALID },
  { name: 'an empty body labelled JSON', type: json, body: Buffer.alloc(0) },
];

async function send(method: string, path: string, type: string | null, body: Buffer, auth = {}) {
  const headers: Record<string, string> = { Accept: json, ...auth };
  if (type) headers['Content-Type'] = type;
  const response = await fetch(`${api.baseUrl}${path}`, { method, headers, body: new Uint8Array(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

describe('malformed request bodies on the built API with the dashboard served', () => {
  it('serves the dashboard at / (the setting in which bodies were answered 404)', async () => {
    const page = await fetch(`${api.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('answers 400 MALFORMED_JSON to every malformed body on sign-in, a create, an update and a replace', async () => {
    const auth = await api.signIn('officer.wang@accord.test');
    const admin = await api.signIn('admin@accord.test');
    const clients = await fetch(`${api.baseUrl}/api/clients?perPage=1`, { headers: auth });
    const [client] = ((await clients.json()) as { data: { id: string }[] }).data;
    const routes = [
      { method: 'POST', path: '/api/auth/login', auth: {} },
      { method: 'POST', path: '/api/clients', auth },
      { method: 'POST', path: '/api/clients/lookup', auth },
      { method: 'PATCH', path: `/api/clients/${client.id}`, auth },
      { method: 'PUT', path: '/api/reminder-settings', auth: admin },
    ];
    const answers = [];
    for (const route of routes) {
      for (const bad of MALFORMED) {
        const answer = await send(route.method, route.path, bad.type, bad.body, route.auth);
        answers.push({
          route: `${route.method} ${route.path}`,
          body: bad.name,
          status: answer.status,
          code: answer.body.code,
          noStore: answer.headers.get('cache-control'),
          nosniff: answer.headers.get('x-content-type-options'),
        });
        // The parser's own message quotes the body: it is never echoed back.
        expect(answer.text).not.toContain('A123456789');
        expect(answer.text).not.toContain('Accord-Demo-2026');
      }
    }
    expect(answers).toHaveLength(routes.length * MALFORMED.length);
    expect(answers.filter((a) => a.status !== 400 || a.code !== 'MALFORMED_JSON')).toEqual([]);
    expect(answers.filter((a) => a.noStore !== 'no-store' || a.nosniff !== 'nosniff')).toEqual([]);
  });

  it('reads a body labelled JSON before routing: malformed is 400 even where no route is', async () => {
    const labelledJson = MALFORMED.filter((bad) => bad.type?.startsWith(json));
    for (const bad of labelledJson) {
      const answer = await send('POST', '/api/no-such-route', bad.type, bad.body);
      expect({ body: bad.name, status: answer.status, code: answer.body.code }).toEqual({
        body: bad.name,
        status: 400,
        code: 'MALFORMED_JSON',
      });
    }
    expect(labelledJson).toHaveLength(9);
  });

  it('still reads a well-formed body, and a body-less POST, on the same routes', async () => {
    const signedIn = await send('POST', '/api/auth/login', json, VALID);
    expect(signedIn.status).toBe(200);
    const auth = { Authorization: `Bearer ${signedIn.body.accessToken}` };
    const clients = await fetch(`${api.baseUrl}/api/clients?perPage=1`, { headers: auth });
    const [client] = ((await clients.json()) as { data: { id: string }[] }).data;
    // The dashboard posts a command without a body (and without a Content-Type).
    const revealed = await fetch(`${api.baseUrl}/api/clients/${client.id}/reveal`, {
      method: 'POST',
      headers: auth,
    });
    expect(revealed.status).toBe(200);
    const charset = await send('POST', '/api/auth/login', `${json}; charset=utf-8`, VALID);
    expect(charset.status).toBe(200);
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a JSON body over 1 MB', async () => {
    const auth = await api.signIn('officer.wang@accord.test');
    const huge = utf8(JSON.stringify({ email: 'a@accord.test', password: 'x'.repeat(2 * 1024 * 1024) }));
    for (const [path, headers] of [
      ['/api/auth/login', {}],
      ['/api/clients', auth],
    ] as const) {
      const answer = await send('POST', path, json, huge, headers);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      });
    }
    expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
  });
});
