import { ErrorCode, type ListResult, type TeamView } from '@accord/contracts';
import {
  AuditService,
  ConflictError,
  escapeLike,
  fieldDiff,
  NotFoundError,
  paginate,
  type Principal,
  type RequestContext,
  UnprocessableError,
  versionedUpdate,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateTeamDto, TeamListQueryDto, UpdateTeamDto } from './dto/team.dto';
import { Team, toTeamView } from './team.entity';
import { User } from './user.entity';

const SORT_COLUMNS = { name: 't.name', createdAt: 't.createdAt' };

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: TeamListQueryDto): Promise<ListResult<TeamView>> {
    const qb = this.db.getRepository(Team).createQueryBuilder('t');
    if (query.q) qb.andWhere("t.name ILIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q)}%` });
    const { rows, total } = await paginate(qb, query, SORT_COLUMNS);
    const counts = await this.memberCounts(
      this.db.manager,
      rows.map((t) => t.id),
    );
    return { data: rows.map((t) => toTeamView(t, counts.get(t.id) ?? 0)), total };
  }

  async get(id: string): Promise<TeamView> {
    return this.view(this.db.manager, await this.find(this.db.manager, id));
  }

  async create(actor: Principal, dto: CreateTeamDto, context: RequestContext): Promise<TeamView> {
    return this.db.transaction(async (manager) => {
      await this.requireFreeName(manager, dto.name);
      if (dto.managerId) await this.requireManager(manager, dto.managerId, null);
      const inserted = await manager
        .getRepository(Team)
        .insert({ name: dto.name, managerId: dto.managerId ?? null });
      const team = await this.find(manager, inserted.identifiers[0].id as string);
      if (team.managerId)
        await manager.getRepository(User).update({ id: team.managerId }, { teamId: team.id });
      const view = await this.view(manager, team);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'team.created',
        entityType: 'team',
        entityId: team.id,
        context,
        details: { after: view },
      });
      return view;
    });
  }

  async update(actor: Principal, id: string, dto: UpdateTeamDto, context: RequestContext): Promise<TeamView> {
    return this.db.transaction(async (manager) => {
      const before = await this.view(manager, await this.find(manager, id));
      if (dto.name !== undefined && dto.name.toLowerCase() !== before.name.toLowerCase()) {
        await this.requireFreeName(manager, dto.name);
      }
      if (dto.managerId) await this.requireManager(manager, dto.managerId, id);
      const changes: Record<string, unknown> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.managerId !== undefined) changes.managerId = dto.managerId;
      await versionedUpdate(manager, Team, 'Team', id, dto.version, changes);
      if (dto.managerId) await manager.getRepository(User).update({ id: dto.managerId }, { teamId: id });
      const after = await this.view(manager, await this.find(manager, id));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'team.updated',
        entityType: 'team',
        entityId: id,
        context,
        details: fieldDiff(before, after),
      });
      return after;
    });
  }

  async remove(actor: Principal, id: string, context: RequestContext): Promise<TeamView> {
    return this.db.transaction(async (manager) => {
      const team = await this.find(manager, id);
      const view = await this.view(manager, team);
      const officers = await manager.getRepository(User).count({ where: { teamId: id, role: 'officer' } });
      if (officers > 0) {
        throw new ConflictError(ErrorCode.TeamHasMembers, 'Move the officers of this team first', {
          officers,
        });
      }
      await manager.getRepository(User).update({ teamId: id }, { teamId: null });
      await manager.getRepository(Team).delete({ id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'team.deleted',
        entityType: 'team',
        entityId: id,
        context,
        details: { before: view },
      });
      return view;
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Team> {
    const team = await manager.getRepository(Team).findOne({ where: { id } });
    if (!team) throw new NotFoundError('Team');
    return team;
  }

  private async view(manager: EntityManager, team: Team): Promise<TeamView> {
    const counts = await this.memberCounts(manager, [team.id]);
    return toTeamView(team, counts.get(team.id) ?? 0);
  }

  private async memberCounts(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { team_id: string; count: string }[] = await manager.query(
      `SELECT team_id, count(*) AS count FROM users WHERE team_id = ANY($1) AND active GROUP BY team_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.team_id, Number(r.count)]));
  }

  private async requireFreeName(manager: EntityManager, name: string): Promise<void> {
    const taken = await manager
      .getRepository(Team)
      .createQueryBuilder('t')
      .where('lower(t.name) = lower(:name)', { name })
      .getExists();
    if (taken)
      throw new ConflictError(ErrorCode.TeamNameTaken, 'A team with this name already exists', {
        field: 'name',
      });
  }

  private async requireManager(manager: EntityManager, userId: string, teamId: string | null): Promise<void> {
    const user = await manager.getRepository(User).findOne({ where: { id: userId } });
    if (!user || user.role !== 'manager' || !user.active) {
      throw new UnprocessableError(
        ErrorCode.InvalidTeamManager,
        'The manager must be an active user with the manager role',
        {
          field: 'managerId',
        },
      );
    }
    const leads = await manager.getRepository(Team).findOne({ where: { managerId: userId } });
    if (leads && leads.id !== teamId) {
      throw new ConflictError(ErrorCode.ManagerAlreadyLeadsTeam, 'This manager already leads another team', {
        teamId: leads.id,
      });
    }
  }
}
