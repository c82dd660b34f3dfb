import type { DataSource, EntityManager } from 'typeorm';

/*
 * SQL about users and teams for features that compose one statement with them (reports, the officer's
 * day): users owns these tables, so their names are written here only. Placeholders are passed in, so a
 * fragment fits any statement's parameter numbering.
 */

/**
 * The active officers (id, full_name, team_id): of `team`, or of every team when `team` is null; with
 * `wholeFirmWhenNull`, of every team also when the placeholder `team` holds null.
 */
export function activeOfficersSql(team: string | null, options: { wholeFirmWhenNull: boolean }): string {
  const ofTeam =
    team === null
      ? ''
      : options.wholeFirmWhenNull
        ? ` AND (${team}::uuid IS NULL OR u.team_id = ${team})`
        : ` AND u.team_id = ${team}`;
  return `SELECT u.id, u.full_name, u.team_id FROM users u WHERE u.role = 'officer' AND u.active${ofTeam}`;
}

/** Joins the user `officerId` names as `alias`, kept only if in `team` (or any team when `team` is null). */
export const joinOfficerOfTeam = (alias: string, officerId: string, team: string) =>
  `JOIN users ${alias} ON ${alias}.id = ${officerId} AND (${team}::uuid IS NULL OR ${alias}.team_id = ${team})`;

/** Whether the team exists (a report asked for one names it by id). */
export async function teamExists(db: DataSource | EntityManager, teamId: string): Promise<boolean> {
  const [team] = await db.query(`SELECT id FROM teams WHERE id = $1`, [teamId]);
  return team !== undefined;
}

/** The active officers with one of these e-mail addresses, with their team. */
export function activeOfficersByEmail(
  db: DataSource | EntityManager,
  emails: string[],
): Promise<{ id: string; email: string; team_id: string | null }[]> {
  return db.query(
    `SELECT id, email, team_id FROM users WHERE role = 'officer' AND active AND email = ANY($1)`,
    [emails],
  );
}

/**
 * Left-joins the officer `officerId` as `officer` and their team's manager as `manager` (users), either
 * missing when there is none; the team in between is `${officer}_team`.
 */
export const leftJoinOfficerAndManager = (officer: string, manager: string, officerId: string) =>
  `LEFT JOIN users ${officer} ON ${officer}.id = ${officerId}
       LEFT JOIN teams ${officer}_team ON ${officer}_team.id = ${officer}.team_id
       LEFT JOIN users ${manager} ON ${manager}.id = ${officer}_team.manager_id`;

/** Joins the officer `officerId` as `alias`, kept only if their team is managed by `managerId`. */
export const joinOfficerManagedBy = (alias: string, officerId: string, managerId: string) =>
  `JOIN users ${alias} ON ${alias}.id = ${officerId}
                 JOIN teams ${alias}_team ON ${alias}_team.id = ${alias}.team_id AND ${alias}_team.manager_id = ${managerId}`;

/** The active officers' ids, in a stable order (by e-mail): the demo seeds deal them their clients. */
export async function activeOfficerIds(db: DataSource | EntityManager): Promise<string[]> {
  const officers: { id: string }[] = await db.query(
    `SELECT id FROM users WHERE role = 'officer' AND active ORDER BY email`,
  );
  return officers.map((o) => o.id);
}
