import type { Role } from '@accord/contracts';
import { hashPassword } from '@accord/server-users';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'correct-horse-battery';

let cachedHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
}

/** Inserts a user straight into the database: tests of one route should not depend on another route. */
export async function createUser(
  app: INestApplication,
  fields: {
    role: Role;
    teamId?: string | null;
    email?: string;
    fullName?: string;
    active?: boolean;
    /** Like the demo logins, test accounts are not made to enrol a second factor unless a test says so. */
    secondFactorExempt?: boolean;
  },
): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = fields.email ?? `${fields.role}.${randomBytes(4).toString('hex')}@accord.test`;
  const [row] = await app.get(DataSource).query(
    `INSERT INTO users (email, full_name, role, team_id, password_hash, active, second_factor_exempt)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      email,
      fields.fullName ?? `測試 ${fields.role}`,
      fields.role,
      fields.teamId ?? null,
      await cachedHash,
      fields.active ?? true,
      fields.secondFactorExempt ?? true,
    ],
  );
  return { id: row.id, email, role: fields.role, teamId: fields.teamId ?? null };
}

export async function createTeam(
  app: INestApplication,
  name: string,
  managerId: string | null = null,
): Promise<string> {
  const db = app.get(DataSource);
  const [row] = await db.query(`INSERT INTO teams (name, manager_id) VALUES ($1, $2) RETURNING id`, [
    name,
    managerId,
  ]);
  if (managerId) await db.query(`UPDATE users SET team_id = $1 WHERE id = $2`, [row.id, managerId]);
  return row.id;
}

export async function signIn(
  app: INestApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const response = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ email, password })
    .expect(200);
  return response.body.accessToken as string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
