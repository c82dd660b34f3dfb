import { bearer, createUser, signIn, TEST_DATABASE_ADMIN_URL } from '@accord/server-testing';
import { Client } from 'pg';
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

  it('is append-only in the database itself, even for the role that owns the table', async () => {
    const owner = new Client({ connectionString: api.database.ownerUrl });
    await owner.connect();
    try {
      const {
        rows: [{ id }],
      } = await owner.query(`SELECT id FROM audit_log ORDER BY id LIMIT 1`);
      await expect(owner.query(`UPDATE audit_log SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(owner.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const { rows } = await owner.query(
        `SELECT count(*)::int AS count FROM audit_log WHERE id = $1 AND action <> 'forged'`,
        [id],
      );
      expect(rows[0].count).toBe(1);
    } finally {
      await owner.end();
    }
  });

  it('refuses even a database role that was granted every privilege on the table', async () => {
    const url = new URL(TEST_DATABASE_ADMIN_URL);
    url.pathname = `/${api.database.name}`;
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    const role = `${api.database.name}_all`;
    try {
      await admin.query(`CREATE ROLE ${role} NOLOGIN`);
      await admin.query(`GRANT ALL ON audit_log TO ${role}`);
      await admin.query(`SET ROLE ${role}`);
      await expect(admin.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(admin.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    } finally {
      await admin.query('RESET ROLE');
      await admin.query(`REVOKE ALL ON audit_log FROM ${role}`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
