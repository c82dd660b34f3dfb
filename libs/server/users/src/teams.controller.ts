import { CurrentUser, RequestInfo, Roles, type Principal, type RequestContext } from '@accord/server-core';
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateTeamDto, TeamListQueryDto, UpdateTeamDto } from './dto/team.dto';
import { TeamsService } from './teams.service';
import { TeamPage, TeamView } from './views/team.view';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  /** The firm's teams with their managers and how many active members each has. */
  @Get()
  @Roles('admin')
  list(@Query() query: TeamListQueryDto): Promise<TeamPage> {
    return this.teams.list(query);
  }

  /** One team. */
  @Get(':id')
  @Roles('admin')
  show(@Param('id', ParseUUIDPipe) id: string): Promise<TeamView> {
    return this.teams.get(id);
  }

  /** Adds a team (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateTeamDto,
    @RequestInfo() context: RequestContext,
  ): Promise<TeamView> {
    return this.teams.create(actor, dto, context);
  }

  /** Renames a team or changes its manager (admins), with the version read; audited. */
  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTeamDto,
    @RequestInfo() context: RequestContext,
  ): Promise<TeamView> {
    return this.teams.update(actor, id, dto, context);
  }

  /** Answers the team as it was before it was deleted; its remaining members are left in no team. */
  @Delete(':id')
  @Roles('admin')
  remove(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<TeamView> {
    return this.teams.remove(actor, id, context);
  }
}
