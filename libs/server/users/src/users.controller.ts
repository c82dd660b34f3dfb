import { CurrentUser, RequestInfo, Roles, type Principal, type RequestContext } from '@accord/server-core';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { UsersService } from './users.service';
import { UserPage, UserView } from './views/user.view';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** The firm's people (managers see their team, admins everyone). */
  @Get()
  @Roles('admin', 'manager')
  list(@CurrentUser() principal: Principal, @Query() query: UserListQueryDto): Promise<UserPage> {
    return this.users.list(principal, query);
  }

  /** One person. */
  @Get(':id')
  @Roles('admin', 'manager')
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.get(principal, id);
  }

  /** Adds a person with a role and team (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateUserDto,
    @RequestInfo() context: RequestContext,
  ): Promise<UserView> {
    return this.users.create(actor, dto, context);
  }

  /** Changes a person's name, role, team or standing (admins), with the version read; audited. */
  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
    @RequestInfo() context: RequestContext,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto, context);
  }
}
