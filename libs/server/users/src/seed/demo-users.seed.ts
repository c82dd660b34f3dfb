import { recordSeeded } from '@accord/server-core';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../password';

export const DEMO_PASSWORD = 'Accord-Demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
  fullName: string;
  team?: string;
}

const TEAMS = [
  { name: '台北協商一組', manager: { email: 'manager.lin@accord.test', fullName: '林美君' } },
  { name: '台中協商二組', manager: { email: 'manager.chen@accord.test', fullName: '陳志明' } },
];

const OFFICERS = [
  { email: 'officer.wang@accord.test', fullName: '王雅婷', team: 0 },
  { email: 'officer.chang@accord.test', fullName: '張家豪', team: 0 },
  { email: 'officer.huang@accord.test', fullName: '黃怡君', team: 0 },
  { email: 'officer.wu@accord.test', fullName: '吳承翰', team: 0 },
  { email: 'officer.tsai@accord.test', fullName: '蔡佩珊', team: 1 },
  { email: 'officer.cheng@accord.test', fullName: '鄭宇軒', team: 1 },
  { email: 'officer.hsu@accord.test', fullName: '許淑芬', team: 1 },
  { email: 'officer.liu@accord.test', fullName: '劉冠廷', team: 1 },
];

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'admin@accord.test', role: 'admin', fullName: '系統管理員' },
  ...TEAMS.map((t) => ({
    email: t.manager.email,
    role: 'manager',
    fullName: t.manager.fullName,
    team: t.name,
  })),
  ...OFFICERS.map((o) => ({
    email: o.email,
    role: 'officer',
    fullName: o.fullName,
    team: TEAMS[o.team].name,
  })),
];

/** The demo firm: one admin, two teams each with a manager and four officers. Seeds only an empty firm. */
export async function seedDemoUsers(db: DataSource): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM users`);
    if (count > 0) return { seeded: false };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const insertUser = async (email: string, fullName: string, role: string, teamId: string | null) => {
      const [row] = await manager.query(
        // Exempt from enrolling a second factor, so the quick start opens with the password alone.
        `INSERT INTO users (email, full_name, role, team_id, password_hash, second_factor_exempt)
         VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
        [email, fullName, role, teamId, passwordHash],
      );
      return row.id as string;
    };
    await insertUser('admin@accord.test', '系統管理員', 'admin', null);
    const teamIds: string[] = [];
    for (const team of TEAMS) {
      const [row] = await manager.query(`INSERT INTO teams (name) VALUES ($1) RETURNING id`, [team.name]);
      const managerId = await insertUser(team.manager.email, team.manager.fullName, 'manager', row.id);
      await manager.query(`UPDATE teams SET manager_id = $2 WHERE id = $1`, [row.id, managerId]);
      teamIds.push(row.id);
    }
    for (const officer of OFFICERS)
      await insertUser(officer.email, officer.fullName, 'officer', teamIds[officer.team]);
    await recordSeeded(manager, 'seed.demo_firm', {
      users: 1 + TEAMS.length + OFFICERS.length,
      teams: TEAMS.length,
    });
    return { seeded: true };
  });
}
