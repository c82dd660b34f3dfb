import { bearer, createTeam, createUser, signIn } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

const api = useApiApp('teams');
let adminToken: string;

beforeAll(async () => {
  const admin = await createUser(api.app, { role: 'admin' });
  adminToken = await signIn(api.app, admin.email);
});

const http = api.http;

describe('teams', () => {
  it('creates a team led by a manager, who then belongs to it, and audits it', async () => {
    const manager = await createUser(api.app, { role: 'manager' });
    const created = await http()
      .post('/api/teams')
      .set(bearer(adminToken))
      .send({ name: '高雄協商組', managerId: manager.id })
      .expect(201);
    expect(created.body).toMatchObject({
      name: '高雄協商組',
      managerId: manager.id,
      memberCount: 1,
      version: 1,
    });
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT team_id FROM users WHERE id = $1`, [manager.id]);
    expect(row.team_id).toBe(created.body.id);
    const audit = await api.app
      .get(DataSource)
      .query(`SELECT action FROM audit_log WHERE entity_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ action: 'team.created' }]);
  });

  it('refuses a duplicate name (any case) with 409, and an officer as manager with 422', async () => {
    await createTeam(api.app, 'North Team');
    const duplicate = await http()
      .post('/api/teams')
      .set(bearer(adminToken))
      .send({ name: 'north team' })
      .expect(409);
    expect(duplicate.body.code).toBe('TEAM_NAME_TAKEN');
    const officer = await createUser(api.app, { role: 'officer' });
    const wrong = await http()
      .post('/api/teams')
      .set(bearer(adminToken))
      .send({ name: '錯誤組', managerId: officer.id })
      .expect(422);
    expect(wrong.body.code).toBe('INVALID_TEAM_MANAGER');
  });

  it('a manager leads at most one team (409)', async () => {
    const manager = await createUser(api.app, { role: 'manager' });
    await createTeam(api.app, '第一組', manager.id);
    const response = await http()
      .post('/api/teams')
      .set(bearer(adminToken))
      .send({ name: '第二組', managerId: manager.id })
      .expect(409);
    expect(response.body.code).toBe('MANAGER_ALREADY_LEADS_TEAM');
  });

  it('renames with the current version and refuses a stale one', async () => {
    const id = await createTeam(api.app, '改名前');
    const renamed = await http()
      .patch(`/api/teams/${id}`)
      .set(bearer(adminToken))
      .send({ name: '改名後', version: 1 })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: '改名後', version: 2 });
    await http()
      .patch(`/api/teams/${id}`)
      .set(bearer(adminToken))
      .send({ name: '再改', version: 1 })
      .expect(409);
    await http().patch(`/api/teams/${id}`).set(bearer(adminToken)).send({ name: '', version: 2 }).expect(400);
  });

  it('deletes an empty team but refuses one that still has officers', async () => {
    const busy = await createTeam(api.app, '有人的組');
    await createUser(api.app, { role: 'officer', teamId: busy });
    const refused = await http().delete(`/api/teams/${busy}`).set(bearer(adminToken)).expect(409);
    expect(refused.body).toMatchObject({ code: 'TEAM_HAS_MEMBERS', details: { officers: 1 } });
    const empty = await createTeam(api.app, '空的組');
    await http().delete(`/api/teams/${empty}`).set(bearer(adminToken)).expect(200);
    await http().get(`/api/teams/${empty}`).set(bearer(adminToken)).expect(404);
  });

  it('lists teams with member counts and search', async () => {
    const id = await createTeam(api.app, '搜尋目標組');
    await createUser(api.app, { role: 'officer', teamId: id });
    await createUser(api.app, { role: 'officer', teamId: id });
    const response = await http()
      .get('/api/teams')
      .query({ q: '搜尋目標' })
      .set(bearer(adminToken))
      .expect(200);
    expect(response.body).toMatchObject({ total: 1, data: [{ id, memberCount: 2 }] });
  });

  it.each(['officer', 'manager'] as const)('a %s gets 403', async (role) => {
    const { token } = await signedIn(api, role);
    await http().get('/api/teams').set(bearer(token)).expect(403);
    await http().post('/api/teams').set(bearer(token)).send({ name: 'x' }).expect(403);
  });
});
