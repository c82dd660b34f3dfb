import type { CaseStage } from '@accord/contracts';
import { leftJoinOpenCasesOf } from '@accord/server-cases';
import { NotFoundError, type Principal } from '@accord/server-core';
import { activeOfficersSql } from '@accord/server-users';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssignmentSuggestion } from './views/assignment-suggestion.view';

/**
 * How much work an open case is, by stage: talks with creditors take the most, a plan being paid the
 * least. The weights are a starting point a firm would tune.
 */
export const STAGE_WEIGHTS: Record<Exclude<CaseStage, 'closed'>, number> = {
  intake: 1,
  documents: 1.5,
  creditor_contact: 2,
  negotiating: 2,
  agreed: 1,
  repaying: 0.5,
  credit_repair: 1,
};

/** Whom to give the next case to: the active officer of the team with the lowest weighted open load. */
@Injectable()
export class AssignmentSuggestionService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async suggest(principal: Principal, teamId: string | undefined): Promise<AssignmentSuggestion> {
    const team = principal.role === 'manager' ? principal.teamId : (teamId ?? null);
    if (!team || (principal.role === 'manager' && teamId && teamId !== principal.teamId))
      throw new NotFoundError('Team');
    const rows: { id: string; full_name: string; stage: CaseStage | null; n: number }[] = await this.db.query(
      `SELECT u.id, u.full_name, c.stage, count(c.id)::int AS n
         FROM (${activeOfficersSql('$1', { wholeFirmWhenNull: false })}) u ${leftJoinOpenCasesOf('c', 'u.id')}
        GROUP BY u.id, u.full_name, c.stage`,
      [team],
    );
    const loads = new Map<string, { officerId: string; name: string; load: number; openCases: number }>();
    for (const r of rows) {
      const entry = loads.get(r.id) ?? { officerId: r.id, name: r.full_name, load: 0, openCases: 0 };
      if (r.stage && r.stage !== 'closed') {
        entry.load += STAGE_WEIGHTS[r.stage] * r.n;
        entry.openCases += r.n;
      }
      loads.set(r.id, entry);
    }
    const officers = [...loads.values()].sort(
      (a, b) => a.load - b.load || a.openCases - b.openCases || a.name.localeCompare(b.name),
    );
    return { teamId: team, weights: STAGE_WEIGHTS, suggested: officers[0] ?? null, officers };
  }
}
