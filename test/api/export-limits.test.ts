import { seedCreditorCatalog } from '@accord/server-creditors';
import { createTeam } from '@accord/server-testing';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useApiApp } from './support/api-app';

const EXPORTS_PER_HOUR = 3;
const IMPORT_CHECKS_PER_HOUR = 2;
const api = useApiApp('export-limits', {
  EXPORTS_PER_HOUR: String(EXPORTS_PER_HOUR),
  IMPORT_CHECKS_PER_HOUR: String(IMPORT_CHECKS_PER_HOUR),
});
const db = () => api.app.get(DataSource);
let teamId: string;

beforeAll(async () => {
  await seedCreditorCatalog(db());
  teamId = await createTeam(api.app, '限額測試組');
});

const hourWindow = async () =>
  (await db().query(`SELECT floor(extract(epoch FROM now()) / 3600)::int AS w`))[0].w as number;

/**
 * The allowance is per clock hour (the database's): a run that straddles an hour's end starts again with
 * new people, so the test holds at any time of day.
 */
async function withinOneHour(run: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const before = await hourWindow();
    try {
      await run();
      return;
    } catch (error) {
      if (attempt > 0 || (await hourWindow()) === before) throw error;
    }
  }
}

const manager = async () => {
  const { user, token } = await signedIn(api, 'manager', { teamId });
  return { id: user.id, auth: { Authorization: `Bearer ${token}` } };
};

const exportsCount = async (actorId: string) =>
  (
    await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE '%.exported' AND actor_id = $1`,
      [actorId],
    )
  )[0].n as number;

describe('hourly allowance of exports', () => {
  it('answers the 4th export of the hour (any kind) with 429, Retry-After and a code, and audits only the three', async () => {
    await withinOneHour(async () => {
      const me = await manager();
      const someoneElse = await manager();
      const get = (path: string, auth: Record<string, string>) => api.http().get(`/api/${path}`).set(auth);
      await get('cases/export', me.auth).expect(200);
      await get('workload/export', me.auth).expect(200);
      await get('reports/creditors/export', me.auth).expect(200);
      const refused = await get('cases/export', me.auth).expect(429);
      expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(refused.body.details).toEqual({ retryAfterSeconds: retryAfter });
      expect(refused.headers['content-disposition']).toBeUndefined();
      await get('workload/export', me.auth).expect(429);
      expect(await exportsCount(me.id)).toBe(EXPORTS_PER_HOUR);
      // The allowance is each person's own.
      await get('workload/export', someoneElse.auth).expect(200);
    });
  });
});

describe('hourly allowance of client-import checks', () => {
  /** A wrong check digit: the preview lists it, the import refuses the file. */
  const file = `姓名,證件號碼,債權人,未償金額\n王小明,A123456788,支付寶花唄,1000\n`;
  const send = (step: 'preview' | 'commit', auth: Record<string, string>) =>
    api.http().post(`/api/imports/clients/${step}`).set(auth).set('Content-Type', 'text/csv').send(file);

  it('counts previews and imports together and answers the 3rd with 429 and Retry-After', async () => {
    await withinOneHour(async () => {
      const { user, token } = await signedIn(api, 'officer', { teamId });
      const auth = { Authorization: `Bearer ${token}` };
      await send('preview', auth).expect(200);
      // A refused import checked the file against the firm's clients all the same: it counts.
      await send('commit', auth).expect(422);
      const refused = await send('preview', auth).expect(429);
      expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      await send('commit', auth).expect(429);
      const audited = await db().query(
        `SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'clients.import%' ORDER BY id`,
        [user.id],
      );
      expect(audited.map((a: { action: string }) => a.action)).toEqual([
        'clients.import_previewed',
        'clients.import_refused',
      ]);
    });
  });
});
