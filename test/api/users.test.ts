import { bearer, createTeam, createUser, signIn } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

const api = useApiApp('users');
let adminToken: string;
let admin: { id: string; email: string };
let teamId: string;

beforeAll(async () => {
  admin = await createUser(api.app, { role: 'admin' });
  adminToken = await signIn(api.app, admin.email);
  teamId = await createTeam(api.app, '台北協商一組');
});

const http = api.http;
const auditRows = (entityId: string) =>
  api.app
    .get(DataSource)
    .query(`SELECT action, actor_id, details FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);

describe('users: who may call', () => {
  it('an officer gets 403 on every users route', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId });
    await http().get('/api/users').set(bearer(token)).expect(403);
    await http().get(`/api/users/${user.id}`).set(bearer(token)).expect(403);
    await http().post('/api/users').set(bearer(token)).send({}).expect(403);
    const patch = await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(token))
      .send({ role: 'admin', version: 1 })
      .expect(403);
    expect(patch.body.code).toBe('FORBIDDEN');
  });

  it('a manager reads only their own team, and changes no one', async () => {
    const team = await createTeam(api.app, '讀取測試組');
    const { user: manager, token } = await signedIn(api, 'manager', { teamId: team });
    const mine = await createUser(api.app, { role: 'officer', teamId: team });
    const other = await createUser(api.app, { role: 'officer', teamId });
    const list = await http().get('/api/users').set(bearer(token)).expect(200);
    expect(list.body.data.map((u: { id: string }) => u.id).sort()).toEqual([manager.id, mine.id].sort());
    await http().get(`/api/users/${mine.id}`).set(bearer(token)).expect(200);
    await http().get(`/api/users/${other.id}`).set(bearer(token)).expect(404);
    await http().get(`/api/users/${admin.id}`).set(bearer(token)).expect(404);
    await http().post('/api/users').set(bearer(token)).send({}).expect(403);
    await http()
      .patch(`/api/users/${mine.id}`)
      .set(bearer(token))
      .send({ fullName: 'x', version: 1 })
      .expect(403);
  });

  it('nobody signed in gets 401', async () => {
    await http().get('/api/users').expect(401);
  });
});

describe('users: admin CRUD', () => {
  it('creates a user, never returns the password, audits it, and the new user can sign in', async () => {
    const response = await http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({
        email: ' New.Officer@Accord.test ',
        fullName: '周雅琪',
        role: 'officer',
        teamId,
        password: 'a-long-enough-password',
      })
      .expect(201);
    expect(response.body).toMatchObject({
      email: 'new.officer@accord.test',
      fullName: '周雅琪',
      role: 'officer',
      teamId,
      active: true,
      version: 1,
    });
    expect(JSON.stringify(response.body)).not.toContain('password');
    const audit = await auditRows(response.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'user.created', actor_id: admin.id });
    expect(JSON.stringify(audit[0].details)).not.toContain('a-long-enough-password');
    await signIn(api.app, 'new.officer@accord.test', 'a-long-enough-password');
  });

  it('lists with paging, sorting, filters and free-text search', async () => {
    const team = await createTeam(api.app, '列表測試組');
    for (const name of ['甲', '乙', '丙'])
      await createUser(api.app, { role: 'officer', teamId: team, fullName: `列表 ${name}` });
    const page = await http()
      .get('/api/users')
      .query({ teamId: team, sort: 'fullName', order: 'DESC', page: 1, perPage: 2 })
      .set(bearer(adminToken))
      .expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.data).toHaveLength(2);
    const names = page.body.data.map((u: { fullName: string }) => u.fullName);
    expect(names).toEqual([...names].sort().reverse());
    const search = await http().get('/api/users').query({ q: '列表 乙' }).set(bearer(adminToken)).expect(200);
    expect(search.body.total).toBe(1);
    const admins = await http()
      .get('/api/users')
      .query({ role: 'admin' })
      .set(bearer(adminToken))
      .expect(200);
    expect(admins.body.data.every((u: { role: string }) => u.role === 'admin')).toBe(true);
    const pct = await http().get('/api/users').query({ q: '%' }).set(bearer(adminToken)).expect(200);
    expect(pct.body.total).toBe(0);
  });

  it('refuses bad input with 400 and a field list, unknown sort fields and unknown filters', async () => {
    const bad = await http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ email: 'x', fullName: '', role: 'boss', password: 'short', isAdmin: true })
      .expect(400);
    const fields = bad.body.details.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['email', 'fullName', 'isAdmin', 'password', 'role']);
    await http().get('/api/users').query({ sort: 'passwordHash' }).set(bearer(adminToken)).expect(400);
    await http().get('/api/users').query({ perPage: 100000 }).set(bearer(adminToken)).expect(400);
    await http().get('/api/users').query({ evil: '1' }).set(bearer(adminToken)).expect(400);
    await http().get('/api/users/not-a-uuid').set(bearer(adminToken)).expect(400);
  });

  it('answers 404 for a user that does not exist and 409 for a taken e-mail', async () => {
    const missing = await http()
      .get('/api/users/00000000-0000-4000-8000-000000000000')
      .set(bearer(adminToken))
      .expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    const taken = await http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({ email: admin.email, fullName: '重複', role: 'officer', password: 'a-long-enough-password' })
      .expect(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
  });

  it('refuses a team that does not exist with 422', async () => {
    const response = await http()
      .post('/api/users')
      .set(bearer(adminToken))
      .send({
        email: 'ghost.team@accord.test',
        fullName: '幽靈',
        role: 'officer',
        teamId: '00000000-0000-4000-8000-000000000000',
        password: 'a-long-enough-password',
      })
      .expect(422);
    expect(response.body.details).toEqual({ field: 'teamId' });
  });

  it('updates with the current version and refuses a stale one with 409, recording before and after', async () => {
    const user = await createUser(api.app, { role: 'officer', teamId, fullName: '舊名字' });
    const first = await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(adminToken))
      .send({ fullName: '新名字', version: 1 })
      .expect(200);
    expect(first.body).toMatchObject({ fullName: '新名字', version: 2 });
    const stale = await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(adminToken))
      .send({ fullName: '又一個', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    const audit = await auditRows(user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ before: { fullName: '舊名字' }, after: { fullName: '新名字' } });
    const missing = await http()
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .set(bearer(adminToken))
      .send({ fullName: 'x', version: 1 })
      .expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('disabling a user makes their token stop working at once', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId });
    await http().get('/api/auth/me').set(bearer(token)).expect(200);
    await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(adminToken))
      .send({ active: false, version: 1 })
      .expect(200);
    const after = await http().get('/api/auth/me').set(bearer(token)).expect(401);
    expect(after.body.code).toBe('TOKEN_REVOKED');
  });

  it('a password reset ends old sessions and the new password works', async () => {
    const { user, token } = await signedIn(api, 'officer', { teamId });
    await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(adminToken))
      .send({ password: 'brand-new-password-1', version: 1 })
      .expect(200);
    await http().get('/api/auth/me').set(bearer(token)).expect(401);
    await signIn(api.app, user.email, 'brand-new-password-1');
  });

  it('an admin cannot disable themself or drop their own role (422)', async () => {
    const [{ version }] = await api.app
      .get(DataSource)
      .query(`SELECT version FROM users WHERE id = $1`, [admin.id]);
    const response = await http()
      .patch(`/api/users/${admin.id}`)
      .set(bearer(adminToken))
      .send({ active: false, version })
      .expect(422);
    expect(response.body.code).toBe('CANNOT_DISABLE_SELF');
  });

  it('a failed change writes no audit row (the audit entry shares the transaction)', async () => {
    const user = await createUser(api.app, { role: 'officer', teamId });
    await http()
      .patch(`/api/users/${user.id}`)
      .set(bearer(adminToken))
      .send({ teamId: '00000000-0000-4000-8000-000000000000', version: 1 })
      .expect(422);
    expect(await auditRows(user.id)).toHaveLength(0);
  });
});
