import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateSecuritySettingsDto } from './security-settings.dto';
import { SecuritySettingsService } from './security-settings.service';
import { SecuritySettingsView } from './security-settings.view';
import { SessionView } from './session.view';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller()
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly settings: SecuritySettingsService,
  ) {}

  /** My open sessions (device, address, last seen), the one in use marked `current`. */
  @Get('auth/sessions')
  @Roles(...ANY_SIGNED_IN)
  mine(@CurrentUser() principal: Principal): Promise<SessionView[]> {
    return this.sessions.list(principal.id, principal.sessionId);
  }

  /** Ends one of my sessions (its tokens stop working at once); 404 if it is not mine or already ended. */
  @Delete('auth/sessions/:sessionId')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(204)
  endMine(
    @CurrentUser() principal: Principal,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @RequestInfo() context: RequestContext,
  ): Promise<void> {
    return this.sessions.endOne(principal, principal.id, sessionId, 'ended_by_user', context);
  }

  /** A person's open sessions (admins). */
  @Get('users/:id/sessions')
  @Roles('admin')
  async ofUser(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SessionView[]> {
    await this.sessions.userExists(id);
    return this.sessions.list(id, principal.sessionId);
  }

  /** Ends one of a person's sessions (admins; audited). */
  @Delete('users/:id/sessions/:sessionId')
  @Roles('admin')
  @HttpCode(204)
  endOfUser(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @RequestInfo() context: RequestContext,
  ): Promise<void> {
    return this.sessions.endOne(principal, id, sessionId, 'ended_by_admin', context);
  }

  /** The firm's sign-in rules: idle timeout, absolute lifetime, a second factor for officers (admins). */
  @Get('security-settings')
  @Roles('admin')
  getSettings(): Promise<SecuritySettingsView> {
    return this.settings.get();
  }

  /** Changes the firm's sign-in rules (admins; audited; 409 on a stale version); they apply from the next sign-in or refresh. */
  @Put('security-settings')
  @Roles('admin')
  updateSettings(
    @CurrentUser() principal: Principal,
    @Body() dto: UpdateSecuritySettingsDto,
    @RequestInfo() context: RequestContext,
  ): Promise<SecuritySettingsView> {
    return this.settings.update(principal, dto, context);
  }
}
