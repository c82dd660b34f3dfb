import { CurrentUser, RequestInfo, Roles, type Principal, type RequestContext } from '@accord/server-core';
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateTeamDto, TeamListQueryDto, UpdateTeamDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Roles('admin')
  list(@Query() query: TeamListQueryDto) {
    return this.teams.list(query);
  }

  @Get(':id')
  @Roles('admin')
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.teams.get(id);
  }

  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateTeamDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.teams.create(actor, dto, context);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTeamDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.teams.update(actor, id, dto, context);
  }

  @Delete(':id')
  @Roles('admin')
  remove(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ) {
    return this.teams.remove(actor, id, context);
  }
}
