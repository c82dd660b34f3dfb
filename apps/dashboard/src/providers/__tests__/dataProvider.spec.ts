import type { UserView } from '@accord/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filenameFromDisposition } from '../api-client';
import { changedFields, createDataProvider, listQuery } from '../dataProvider';
import { writeSession } from '../session';

const messages: Record<string, string> = {
  'accord.errors.STALE_VERSION': 'changed by someone else, reload',
  'accord.errors.TOO_MANY_SIGN_IN_ATTEMPTS': 'wait %{retryAfterSeconds}s',
  'accord.errors.ACTION_REFUSED': 'Not now.',
  'accord.case_policy.PLAN_ENDED': 'The plan ended.',
};
/** Stands in for polyglot: a known key, else the `_` fallback, with %{name} filled in. */
const translate = (key: string, options: Record<string, unknown> = {}) =>
  (messages[key] ?? String(options._ ?? key)).replace(/%\{(\w+)\}/g, (_, name: string) =>
    String(options[name]),
  );

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

let calls: Call[];
/** A JSON body, or `text` with `headers` for answers that are files. */
let answers: { status: number; body?: unknown; text?: string; headers?: Record<string, string> }[];

beforeEach(() => {
  calls = [];
  answers = [];
  const storage = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => storage.set(k, v),
    removeItem: (k: string) => storage.delete(k),
  });
  writeSession({
    accessToken: 'tok',
    expiresIn: 60,
    user: { id: 'u1' } as UserView,
    mustChangePassword: false,
    mustEnrolSecondFactor: false,
    secondFactorEnrolled: true,
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const json = headers.get('Content-Type') === 'application/json';
    const form = init.body instanceof FormData;
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers,
      body: form
        ? init.body
        : init.body
          ? json
            ? JSON.parse(String(init.body))
            : String(init.body)
          : undefined,
    });
    const answer = answers.shift() ?? { status: 200, body: {} };
    const content = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return new Response(content, { status: answer.status, headers: answer.headers });
  });
});

afterEach(() => vi.unstubAllGlobals());

const provider = () => createDataProvider(translate);

describe('listQuery', () => {
  it('sends page, perPage, sort, order and each filter, q included', () => {
    const query = listQuery(
      { page: 2, perPage: 25 },
      { field: 'fullName', order: 'DESC' },
      { q: '王', role: 'officer', active: false },
    );
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      page: '2',
      perPage: '25',
      sort: 'fullName',
      order: 'DESC',
      q: '王',
      role: 'officer',
      active: 'false',
    });
  });

  it('leaves out empty filters and React-admin’s implicit sort by id', () => {
    const query = listQuery(
      { page: 1, perPage: 10 },
      { field: 'id', order: 'ASC' },
      { q: '', teamId: null, role: undefined },
    );
    expect(query).toBe('page=1&perPage=10');
  });
});

describe('changedFields', () => {
  it('keeps only what changed, never id or version, and treats null and undefined alike', () => {
    const before = { id: 'u1', version: 3, fullName: 'A', teamId: 't1', locale: 'en', memberCount: 2 };
    const after = { ...before, fullName: 'B', teamId: null, password: null, memberCount: 2 };
    expect(changedFields(after, before)).toEqual({ fullName: 'B', teamId: null });
  });
});

describe('dataProvider', () => {
  it('lists with the bearer token and answers {data, total}', async () => {
    answers.push({ status: 200, body: { data: [{ id: 'a' }], total: 11 } });
    const result = await provider().getList('users', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'fullName', order: 'ASC' },
      filter: { q: 'wang' },
    });
    expect(result).toEqual({ data: [{ id: 'a' }], total: 11 });
    expect(calls[0].url).toBe('/api/users?page=1&perPage=25&sort=fullName&order=ASC&q=wang');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer tok');
  });

  it('asks for a list by exact ID number or phone in a POST body, never in the address', async () => {
    answers.push({ status: 200, body: { data: [{ id: 'c1' }], total: 1 } });
    answers.push({ status: 200, body: { data: [], total: 0 } });
    const meta = { lookup: ['idNumber', 'phone'] };
    const pagination = { page: 1, perPage: 25 };
    const sort = { field: 'createdAt', order: 'DESC' as const };
    const found = await provider().getList('clients', {
      pagination,
      sort,
      filter: { idNumber: 'A123456789', phone: '', q: '王' },
      meta,
    });
    expect(found).toEqual({ data: [{ id: 'c1' }], total: 1 });
    expect(calls[0]).toMatchObject({
      url: '/api/clients/lookup',
      method: 'POST',
      body: { page: 1, perPage: 25, sort: 'createdAt', order: 'DESC', idNumber: 'A123456789', q: '王' },
    });
    // Without a number to look up, the list is an ordinary GET.
    await provider().getList('clients', { pagination, sort, filter: { q: '王', idNumber: '' }, meta });
    expect(calls[1]).toMatchObject({
      url: '/api/clients?page=1&perPage=25&sort=createdAt&order=DESC&q=%E7%8E%8B',
      method: 'GET',
    });
  });

  it('filters getManyReference by the target', async () => {
    answers.push({ status: 200, body: { data: [], total: 0 } });
    await provider().getManyReference('users', {
      target: 'teamId',
      id: 't1',
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'fullName', order: 'ASC' },
      filter: {},
    });
    expect(calls[0].url).toBe('/api/users?page=1&perPage=100&sort=fullName&order=ASC&teamId=t1');
  });

  it('patches only the changed fields with the version that was read', async () => {
    answers.push({ status: 200, body: { id: 'u1', fullName: 'B', version: 4 } });
    const previousData = { id: 'u1', fullName: 'A', role: 'officer', version: 3 };
    const result = await provider().update('users', {
      id: 'u1',
      data: { ...previousData, fullName: 'B' },
      previousData,
    });
    expect(calls[0]).toMatchObject({
      url: '/api/users/u1',
      method: 'PATCH',
      body: { fullName: 'B', version: 3 },
    });
    expect(result.data.version).toBe(4);
  });

  it('does not call the API when nothing changed', async () => {
    const previousData = { id: 'u1', fullName: 'A', version: 3 };
    const result = await provider().update('users', { id: 'u1', data: { ...previousData }, previousData });
    expect(calls).toEqual([]);
    expect(result.data).toBe(previousData);
  });

  it('turns a stale version into an HttpError with the translated message and the body', async () => {
    const body = { statusCode: 409, code: 'STALE_VERSION', message: 'Record was changed' };
    answers.push({ status: 409, body });
    const previousData = { id: 'u1', fullName: 'A', version: 3 };
    await expect(
      provider().update('users', { id: 'u1', data: { ...previousData, fullName: 'B' }, previousData }),
    ).rejects.toMatchObject({ message: 'changed by someone else, reload', status: 409, body });
  });

  it("spells out the case policy's reasons after its refusal", async () => {
    const body = {
      statusCode: 409,
      code: 'ACTION_REFUSED',
      message: 'refused',
      details: { action: 'payment.record', reasons: ['PLAN_ENDED', 'SOMETHING_NEW', 3] },
    };
    answers.push({ status: 409, body });
    await expect(
      provider().command('installments', { id: 'i1', action: 'payments', data: {} }),
    ).rejects.toMatchObject({ message: 'Not now. The plan ended. SOMETHING_NEW', status: 409 });
  });

  it('falls back to the server message for a code without a translation, and fills in details', async () => {
    answers.push({
      status: 409,
      body: { statusCode: 409, code: 'SOMETHING_NEW', message: 'Server says no' },
    });
    await expect(provider().delete('teams', { id: 't1' })).rejects.toMatchObject({
      message: 'Server says no',
    });
    answers.push({
      status: 429,
      body: {
        statusCode: 429,
        code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
        message: 'x',
        details: { retryAfterSeconds: 42 },
      },
    });
    await expect(provider().getOne('users', { id: 'u1' })).rejects.toMatchObject({
      message: 'wait 42s',
      status: 429,
    });
  });

  it('hands validation problems to the form as field errors', async () => {
    answers.push({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: { fields: [{ field: 'password', problems: ['too short'] }] },
      },
    });
    await expect(
      provider().create('users', { data: { email: 'a@b.c', password: 'x' } }),
    ).rejects.toMatchObject({
      status: 400,
      body: { errors: { password: 'too short', root: { serverError: 'Invalid' } } },
    });
  });

  it('shows a refusal that names one input beside that input, translated', async () => {
    answers.push({
      status: 409,
      body: {
        statusCode: 409,
        code: 'STALE_VERSION',
        message: 'Stale',
        details: { field: 'idNumber', clientId: 'k1' },
      },
    });
    await expect(provider().create('clients', { data: { fullName: 'x' } })).rejects.toMatchObject({
      status: 409,
      body: {
        details: { clientId: 'k1' },
        errors: {
          idNumber: 'changed by someone else, reload',
          root: { serverError: 'changed by someone else, reload' },
        },
      },
    });
  });

  it('creates without empty optional fields', async () => {
    answers.push({ status: 201, body: { id: 'n1' } });
    await provider().create('teams', { data: { name: 'X', managerId: null } });
    expect(calls[0]).toMatchObject({ url: '/api/teams', method: 'POST', body: { name: 'X' } });
  });

  it('creates without a list where nothing was ticked', async () => {
    answers.push({ status: 201, body: { id: 'n1' } });
    await provider().create('clients', { data: { fullName: '王', consentPurposes: [], notes: '' } });
    expect(calls[0].body).toEqual({ fullName: '王' });
  });

  it('sends a body whole when its empty lists are values', async () => {
    const data = { caseId: 'c1', income: [], otherDebts: [], dependants: 0 };
    await provider().create('financial-statements', { data, meta: { whole: true } });
    expect(calls[0].body).toEqual(data);
  });

  it('posts a command on one record and answers what the API returns', async () => {
    answers.push({ status: 200, body: { id: 'c1', stage: 'documents' } });
    const result = await provider().command('cases', {
      id: 'c1',
      action: 'transition',
      data: { to: 'documents', reason: 'papers asked for' },
    });
    expect(calls[0]).toMatchObject({
      url: '/api/cases/c1/transition',
      method: 'POST',
      body: { to: 'documents', reason: 'papers asked for' },
    });
    expect(result.data).toEqual({ id: 'c1', stage: 'documents' });
  });

  it('keeps a refused command’s details on the error for the caller to show', async () => {
    const details = { from: 'intake', to: 'documents', code: 'CONDITIONS_UNMET', unmet: ['NEEDS_CONSENT'] };
    answers.push({
      status: 409,
      body: { statusCode: 409, code: 'CASE_TRANSITION_REFUSED', message: 'refused', details },
    });
    await expect(
      provider().command('cases', { id: 'c1', action: 'transition', data: { to: 'documents' } }),
    ).rejects.toMatchObject({ status: 409, body: { code: 'CASE_TRANSITION_REFUSED', details } });
  });

  it('pages through a list that belongs to one record', async () => {
    answers.push({ status: 200, body: { data: [{ id: 'e1' }], total: 3 } });
    const result = await provider().getNestedList('cases', {
      id: 'c1',
      list: 'timeline',
      pagination: { page: 2, perPage: 1 },
    });
    expect(calls[0].url).toBe('/api/cases/c1/timeline?page=2&perPage=1');
    expect(result).toEqual({ data: [{ id: 'e1' }], total: 3 });
  });

  it('reads what the API works out for one record', async () => {
    answers.push({ status: 200, body: { statementId: 's1', commitBp: 7000 } });
    const result = await provider().getNested('cases', { id: 'c 1', name: 'affordability' });
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/cases/c%201/affordability' });
    expect(result).toEqual({ data: { statementId: 's1', commitBp: 7000 } });
  });

  it('reads and replaces something the API keeps one of, with its version', async () => {
    answers.push(
      { status: 200, body: { quietStart: '21:00', version: 3 } },
      { status: 200, body: { quietStart: '22:00', version: 4 } },
    );
    const read = await provider().getSingle('reminder-settings');
    expect(read.data).toEqual({ quietStart: '21:00', version: 3 });
    const saved = await provider().putSingle('reminder-settings', {
      data: { quietStart: '22:00', version: 3 },
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/reminder-settings',
      'PUT /api/reminder-settings',
    ]);
    expect(calls[1].body).toEqual({ quietStart: '22:00', version: 3 });
    expect(saved.data).toEqual({ quietStart: '22:00', version: 4 });
  });

  it('reads figures for a period with their query, leaving empty values out', async () => {
    answers.push({ status: 200, body: { officers: [] } }, { status: 200, body: { officers: [] } });
    const firm = await provider().getSingle('workload', {
      query: { from: '2026-10-27', to: '2026-11-25', teamId: null },
    });
    await provider().getSingle('workload', {
      query: { from: '2026-10-27', to: '2026-11-25', teamId: 't 1' },
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/workload?from=2026-10-27&to=2026-11-25',
      'GET /api/workload?from=2026-10-27&to=2026-11-25&teamId=t+1',
    ]);
    expect(firm.data).toEqual({ officers: [] });
  });

  it('turns a stale version on a replaced setting into the translated message', async () => {
    answers.push({ status: 409, body: { statusCode: 409, code: 'STALE_VERSION', message: 'stale' } });
    await expect(provider().putSingle('reminder-settings', { data: { version: 1 } })).rejects.toMatchObject({
      status: 409,
      message: 'changed by someone else, reload',
    });
  });

  it('posts a command on a whole collection, and takes an empty answer', async () => {
    answers.push({ status: 200, body: { marked: 2 } }, { status: 204 });
    const marked = await provider().collectionCommand('notifications', { action: 'read-all' });
    const opened = await provider().collectionCommand('admin', { action: 'queue-board-session' });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/notifications/read-all',
      'POST /api/admin/queue-board-session',
    ]);
    expect(calls[0].body).toEqual({});
    expect(marked.data).toEqual({ marked: 2 });
    expect(opened.data).toBeNull();
  });

  it('skips references that no longer exist in getMany', async () => {
    answers.push(
      { status: 200, body: { id: 'a' } },
      { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'gone' } },
    );
    const result = await provider().getMany('users', { ids: ['a', 'b'] });
    expect(result.data).toEqual([{ id: 'a' }]);
  });

  it('updates many by reading each version first', async () => {
    answers.push(
      { status: 200, body: { id: 'a', active: true, version: 7 } },
      { status: 200, body: { id: 'a', active: false, version: 8 } },
    );
    const result = await provider().updateMany('users', { ids: ['a'], data: { active: false } });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/users/a', 'PATCH /api/users/a']);
    expect(calls[1].body).toEqual({ active: false, version: 7 });
    expect(result.data).toEqual(['a']);
  });
});

describe('files', () => {
  it('exports a list with its filters, sort and language, and keeps the suggested file name', async () => {
    answers.push({
      status: 200,
      text: '\uFEFF案件編號\r\n',
      headers: {
        'Content-Type': 'text/csv',
        'Content-Disposition': 'attachment; filename="cases-2026-11-25.csv"',
      },
    });
    const { data } = await provider().exportList('cases', {
      filter: { stage: 'intake', q: '王', creditorId: undefined },
      sort: { field: 'openedOn', order: 'DESC' },
      locale: 'zh-CN',
    });
    expect(calls[0].url).toBe(
      '/api/cases/export?sort=openedOn&order=DESC&stage=intake&q=%E7%8E%8B&locale=zh-CN',
    );
    expect(calls[0].headers.get('Authorization')).toBe('Bearer tok');
    expect(data.filename).toBe('cases-2026-11-25.csv');
    // Saved byte for byte: Excel needs the BOM to read the Chinese as UTF-8 (Blob.text() would drop it).
    const bytes = new Uint8Array(await data.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('案件編號\r\n');
  });

  it('turns a refused export into a translated HttpError', async () => {
    const details = { total: 120000, limit: 100000 };
    answers.push({
      status: 413,
      body: { statusCode: 413, code: 'EXPORT_TOO_LARGE', message: 'narrow the filters', details },
    });
    await expect(provider().exportList('cases', { filter: {}, locale: 'en' })).rejects.toMatchObject({
      status: 413,
      message: 'narrow the filters',
      body: { details },
    });
  });

  it('sends an imported file as it is, with its own content type', async () => {
    answers.push({ status: 200, body: { rows: 1, valid: true } });
    const text = '姓名,證件號碼\r\n王,A123456789\r\n';
    const { data } = await provider().importFile('clients', {
      step: 'preview',
      file: { contentType: 'text/csv', text },
    });
    expect(calls[0]).toMatchObject({ url: '/api/imports/clients/preview', method: 'POST', body: text });
    expect(calls[0].headers.get('Content-Type')).toBe('text/csv');
    expect(data).toEqual({ rows: 1, valid: true });
  });
});

describe('document files', () => {
  it('attaches a file as multipart in the field `file`, leaving the boundary to the browser', async () => {
    answers.push({ status: 201, body: { id: 'f1', originalName: '身分證.png' } });
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const { data } = await provider().attachFile('document-requirements', {
      id: 'r1',
      action: 'files',
      file,
      filename: '身分證.png',
    });
    expect(calls[0]).toMatchObject({ url: '/api/document-requirements/r1/files', method: 'POST' });
    expect(calls[0].headers.get('Content-Type')).toBeNull();
    expect(calls[0].headers.get('Authorization')).toBe('Bearer tok');
    const sent = (calls[0].body as FormData).get('file') as File;
    expect(sent.name).toBe('身分證.png');
    expect(sent.size).toBe(4);
    expect(data).toEqual({ id: 'f1', originalName: '身分證.png' });
  });

  it('translates a refused upload by its code and keeps its details', async () => {
    const details = { fileId: 'f0', requirementId: 'r0' };
    answers.push({
      status: 409,
      body: { statusCode: 409, code: 'DUPLICATE_FILE', message: 'already there', details },
    });
    await expect(
      provider().attachFile('document-requirements', {
        id: 'r1',
        action: 'files',
        file: new Blob(['%PDF-']),
        filename: 'a.pdf',
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: 'already there',
      body: { code: 'DUPLICATE_FILE', details },
    });
  });

  it('fetches one record’s bytes with the bearer token', async () => {
    answers.push({
      status: 200,
      text: '%PDF-1.4',
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="a.pdf"' },
    });
    const { data } = await provider().getFile('document-files', {
      id: 'f1',
      action: 'content',
      query: { disposition: 'inline' },
    });
    expect(calls[0].url).toBe('/api/document-files/f1/content?disposition=inline');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer tok');
    expect(data.filename).toBe('a.pdf');
    expect(await data.blob.text()).toBe('%PDF-1.4');
  });
});

describe('filenameFromDisposition', () => {
  it.each([
    ['attachment; filename="cases-2026-11-25.csv"', 'cases-2026-11-25.csv'],
    ['attachment; filename=cases.csv', 'cases.csv'],
    [`attachment; filename="cases.csv"; filename*=UTF-8''%E6%A1%88%E4%BB%B6.csv`, '案件.csv'],
    ['attachment', null],
    [null, null],
  ])('reads %s', (header, expected) => {
    expect(filenameFromDisposition(header)).toBe(expected);
  });
});
