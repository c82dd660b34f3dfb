import { secondFactorRequired } from '@accord/domain';
import type { LoadedPrincipal, PrincipalLoader } from '@accord/server-core';
import type { Role } from '@accord/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Every request reads its caller, their session and the firm's second-factor rule in one statement. */
@Injectable()
export class PrincipalLoaderService implements PrincipalLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(userId: string, sessionId: string): Promise<LoadedPrincipal | null> {
    const rows: PrincipalRow[] = await this.db.query(
      `SELECT u.id, u.email, u.role, u.team_id, u.token_version, u.active, u.must_change_password,
              u.totp_enrolled_at IS NOT NULL AS enrolled, u.second_factor_exempt,
              f.second_factor_for_officers,
              (s.id IS NOT NULL AND s.ended_at IS NULL AND s.token_version = u.token_version) AS session_open
         FROM users u
         CROSS JOIN security_settings f
         LEFT JOIN sessions s ON s.id = $2 AND s.user_id = u.id
        WHERE u.id = $1`,
      [userId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      teamId: row.team_id,
      tokenVersion: row.token_version,
      sessionId,
      active: row.active,
      sessionOpen: row.session_open,
      mustChangePassword: row.must_change_password,
      mustEnrolSecondFactor: mustEnrol(
        { role: row.role, enrolled: row.enrolled, exempt: row.second_factor_exempt },
        row.second_factor_for_officers,
      ),
    };
  }
}

interface PrincipalRow {
  id: string;
  email: string;
  role: Role;
  team_id: string | null;
  token_version: number;
  active: boolean;
  must_change_password: boolean;
  enrolled: boolean;
  second_factor_exempt: boolean;
  second_factor_for_officers: boolean;
  session_open: boolean;
}

/** The firm's rule for one account, as the sign-in answer and every request's guard read it. */
export function mustEnrol(
  user: { role: Role; enrolled: boolean; exempt: boolean },
  secondFactorForOfficers: boolean,
): boolean {
  return secondFactorRequired(user, { forOfficers: secondFactorForOfficers });
}
