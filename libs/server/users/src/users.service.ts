import { ErrorCode, type ListResult, type UserView } from '@accord/contracts';
import {
  AuditService,
  Clock,
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
import type { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { hashPassword, refuseWeakPassword } from './password';
import { Team } from './team.entity';
import { toUserView, User } from './user.entity';

const SORT_COLUMNS = {
  fullName: 'u.fullName',
  email: 'u.email',
  role: 'u.role',
  createdAt: 'u.createdAt',
  lastSignInAt: 'u.lastSignInAt',
};

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Admins see everyone; a manager sees the people of their own team, as if no one else existed. */
  private scoped(principal: Principal) {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    if (principal.role !== 'admin')
      qb.where('u.teamId = :scopeTeamId', {
        scopeTeamId: principal.teamId ?? '00000000-0000-0000-0000-000000000000',
      });
    return qb;
  }

  async list(principal: Principal, query: UserListQueryDto): Promise<ListResult<UserView>> {
    const qb = this.scoped(principal);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.teamId) qb.andWhere('u.teamId = :teamId', { teamId: query.teamId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere("(u.fullName ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\')", {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const { rows, total } = await paginate(qb, query, SORT_COLUMNS);
    return { data: rows.map(toUserView), total };
  }

  async get(principal: Principal, id: string): Promise<UserView> {
    const user = await this.scoped(principal).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw new NotFoundError('User');
    return toUserView(user);
  }

  async create(actor: Principal, dto: CreateUserDto, context: RequestContext): Promise<UserView> {
    // The rules hold for a password an admin sets too: a new account must not start on "password123".
    refuseWeakPassword(dto.password, { email: dto.email, name: dto.fullName }, 'password');
    const passwordHash = await hashPassword(dto.password);
    return this.db.transaction(async (manager) => {
      if (await manager.getRepository(User).exists({ where: { email: dto.email } })) {
        throw new ConflictError(ErrorCode.EmailTaken, 'A user with this e-mail already exists', {
          field: 'email',
        });
      }
      const teamId = dto.role === 'admin' ? null : (dto.teamId ?? null);
      if (teamId) await this.requireTeam(manager, teamId);
      const inserted = await manager.getRepository(User).insert({
        email: dto.email,
        fullName: dto.fullName,
        role: dto.role,
        teamId,
        locale: dto.locale ?? 'zh-TW',
        passwordHash,
        active: true,
        tokenVersion: 0,
        // The admin knows this password: the person chooses their own at their first sign-in.
        mustChangePassword: true,
      });
      const user = await this.find(manager, inserted.identifiers[0].id as string);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        context,
        details: { after: toUserView(user) },
      });
      return toUserView(user);
    });
  }

  async update(actor: Principal, id: string, dto: UpdateUserDto, context: RequestContext): Promise<UserView> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, id);
      if (dto.password)
        refuseWeakPassword(
          dto.password,
          { email: before.email, name: dto.fullName ?? before.fullName },
          'password',
        );
      const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
      if (id === actor.id && (dto.active === false || (dto.role && dto.role !== before.role))) {
        throw new UnprocessableError(
          ErrorCode.CannotDisableSelf,
          'You cannot disable yourself or change your own role',
        );
      }
      const role = dto.role ?? before.role;
      if (role !== 'manager' && before.role === 'manager') {
        const leads = await manager.getRepository(Team).exists({ where: { managerId: id } });
        if (leads)
          throw new ConflictError(
            ErrorCode.InvalidTeamManager,
            'This user leads a team; name another manager first',
          );
      }
      if (dto.teamId) await this.requireTeam(manager, dto.teamId);
      const changes: Record<string, unknown> = {};
      if (dto.fullName !== undefined) changes.fullName = dto.fullName;
      if (dto.role !== undefined) changes.role = dto.role;
      if (dto.teamId !== undefined || role === 'admin') changes.teamId = role === 'admin' ? null : dto.teamId;
      if (dto.locale !== undefined) changes.locale = dto.locale;
      if (dto.active !== undefined) changes.active = dto.active;
      // Disabling, a new role or a new password ends every session the user has open.
      const revokes =
        passwordHash || (dto.active === false && before.active) || (dto.role && dto.role !== before.role);
      if (passwordHash) {
        changes.passwordHash = passwordHash;
        // A password an admin set is theirs, not the person's: they choose their own at the next sign-in.
        changes.mustChangePassword = id !== actor.id;
        changes.passwordChangedAt = this.clock.now();
      }
      if (revokes) changes.tokenVersion = () => 'token_version + 1';
      await versionedUpdate(manager, User, 'User', id, dto.version, changes);
      const after = await this.find(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        context,
        details: {
          ...fieldDiff(toUserView(before), toUserView(after)),
          passwordChanged: Boolean(passwordHash),
        },
      });
      return toUserView(after);
    });
  }

  private async find(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.getRepository(User).findOne({ where: { id } });
    if (!user) throw new NotFoundError('User');
    return user;
  }

  private async requireTeam(manager: EntityManager, teamId: string): Promise<void> {
    if (!(await manager.getRepository(Team).exists({ where: { id: teamId } }))) {
      throw new UnprocessableError(ErrorCode.Unprocessable, 'The team does not exist', { field: 'teamId' });
    }
  }
}
