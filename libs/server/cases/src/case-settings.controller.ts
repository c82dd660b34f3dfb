import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseSettingsService, UpdateCaseSettingsDto } from './case-settings';
import { CaseSettings } from './views/case-settings.view';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('case-settings')
export class CaseSettingsController {
  constructor(private readonly settings: CaseSettingsService) {}

  /** The firm's case settings (who may close cases, …). */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  get(): Promise<CaseSettings> {
    return this.settings.get();
  }

  /** Managers decide how their officers close cases; admins too. */
  @Put()
  @Roles('manager', 'admin')
  update(
    @CurrentUser() principal: Principal,
    @Body() dto: UpdateCaseSettingsDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseSettings> {
    return this.settings.update(principal.id, dto, context);
  }
}
