import { TEST_DATABASE_ADMIN_URL } from '@accord/server-testing';
import { Client } from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';
import { openCase, catalogCreditors } from './support/cases';
import { buildFirm, type TestFirm } from './support/firm';
import { seedCreditorCatalog } from '@accord/server-creditors';
import { DataSource } from 'typeorm';

/**
 * A database that is busy or gone is nobody's bad input and no bug of ours: every route meeting it
 * answers 503 with Retry-After, never a 500 and never a misleading 4xx.
 */
const api = useApiApp('database_faults', { DATABASE_POOL_MAX: '2', DATABASE_STATEMENT_TIMEOUT_MS: '30000' });
let firm: TestFirm;
let caseId: string;
let creditorId: string;
const debt = () => ({ caseId, creditorId, principalFen: 5000, outstandingFen: 5000, overdueFen: 5000 });
const opened: Client[] = [];

/** A superuser's connection to this file's database: it may lock any table and end any session. */
async function adminClient(): Promise<Client> {
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${api.database.name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  opened.push(client);
  return client;
}

beforeAll(async () => {
  firm = await buildFirm(api);
  await seedCreditorCatalog(api.app.get(DataSource));
  const { huabei } = await catalogCreditors(api, firm.admin);
  creditorId = huabei;
  ({ caseId } = await openCase(api, firm.officerA1, {
    serial: 27300,
    debts: [{ creditorId: huabei, outstandingFen: 120000 }],
  }));
});

afterEach(async () => {
  for (const client of opened.splice(0)) await client.end().catch(() => undefined);
});

describe('a database out of connections', () => {
  it('answers 503 DATABASE_BUSY with Retry-After on an unrelated route, and serves again once freed', async () => {
    const locker = await adminClient();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
    // Both connections of the pool wait on the lock.
    const stuck = [1, 2].map(() =>
      api
        .http()
        .get('/api/cases')
        .set(firm.officerA1.auth)
        .then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 500));
    const busy = await api.http().get('/api/creditors').set(firm.officerA2.auth);
    expect(busy.status).toBe(503);
    expect(busy.body).toMatchObject({ statusCode: 503, code: 'DATABASE_BUSY' });
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    await locker.query('ROLLBACK');
    expect(await Promise.all(stuck)).toEqual([200, 200]);
    await api.http().get('/api/creditors').set(firm.officerA2.auth).expect(200);
  });
});

describe('a connection dropped in the middle of a request', () => {
  it('answers 503 DATABASE_UNAVAILABLE, not 422 "the case does not exist"', async () => {
    const locker = await adminClient();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
    const adding = api
      .http()
      .post('/api/debts')
      .set(firm.officerA1.auth)
      .send(debt())
      // supertest sends only once asked for the answer: ask now.
      .then((r) => r);
    const killer = await adminClient();
    // Wait until the request's statement is waiting on the lock, then end its session.
    for (let i = 0; i < 100; i++) {
      const { rows } = await killer.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows.length) {
        await killer.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [
          rows.map((r) => r.pid),
        ]);
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const answer = await adding;
    await locker.query('ROLLBACK');
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(answer.headers['retry-after']).toBeDefined();
    // The pool replaces the dead connection: the same request now works.
    await api.http().post('/api/debts').set(firm.officerA1.auth).send(debt()).expect(201);
  });
});
