import { bearer, createUser, signIn } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

const api = useApiApp('audit');
let adminToken: string;
let adminId: string;

beforeAll(async () => {
  const admin = await createUser(api.app, { role: 'admin' });
  adminId = admin.id;
  adminToken = await signIn(api.app, admin.email);
});

const http = api.http;

describe('audit log', () => {
  it('records sign-ins with the address and request id, newest first', async () => {
    const response = await http()
      .get('/api/audit-log')
      .query({ action: 'auth.signed_in', actorId: adminId, sort: 'at', order: 'DESC' })
      .set(bearer(adminToken))
      .expect(200);
    expect(response.body.total).toBe(1);
    expect(response.body.data[0]).toMatchObject({
      action: 'auth.signed_in',
      actorId: adminId,
      entityType: 'user',
      entityId: adminId,
    });
    expect(response.body.data[0].ip).toBeTruthy();
    expect(response.body.data[0].requestId).toBeTruthy();
    const one = await http()
      .get(`/api/audit-log/${response.body.data[0].id}`)
      .set(bearer(adminToken))
      .expect(200);
    expect(one.body.id).toBe(response.body.data[0].id);
    await http().get('/api/audit-log/999999999').set(bearer(adminToken)).expect(404);
    await http().get('/api/audit-log/abc').set(bearer(adminToken)).expect(400);
  });

  it('is for admins only', async () => {
    for (const role of ['officer', 'manager'] as const) {
      const user = await createUser(api.app, { role });
      await http()
        .get('/api/audit-log')
        .set(bearer(await signIn(api.app, user.email)))
        .expect(403);
    }
  });

  it('is append-only in the database itself: update, delete and truncate are refused', async () => {
    const db = api.app.get(DataSource);
    const [{ id }] = await db.query(`SELECT id FROM audit_log ORDER BY id LIMIT 1`);
    await expect(db.query(`UPDATE audit_log SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE id = $1 AND action <> 'forged'`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('refuses even a database role that was granted every privilege on the table', async () => {
    const db = api.app.get(DataSource);
    const role = `${api.database.name}_app`;
    await db.query(`CREATE ROLE ${role} NOLOGIN`);
    await db.query(`GRANT ALL ON audit_log TO ${role}`);
    const runner = db.createQueryRunner();
    try {
      await runner.query(`SET ROLE ${role}`);
      await expect(runner.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(runner.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    } finally {
      await runner.query('RESET ROLE');
      await runner.release();
      await db.query(`REVOKE ALL ON audit_log FROM ${role}`);
      await db.query(`DROP ROLE ${role}`);
    }
  });
});
