import { ANY_SIGNED_IN, CurrentUser, Roles, type Principal } from '@accord/server-core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OfficerDayService } from './officer-day.service';
import { TeamWorkloadService, WorkloadQuery } from './team-workload.service';

@ApiTags('workload')
@ApiBearerAuth()
@Controller()
export class WorkloadController {
  constructor(
    private readonly day: OfficerDayService,
    private readonly team: TeamWorkloadService,
  ) {}

  /** What to do today on my own open cases, read as of now. */
  @Get('me/today')
  @Roles(...ANY_SIGNED_IN)
  today(@CurrentUser() principal: Principal) {
    return this.day.today(principal);
  }

  /** Each officer's load and the totals: managers their team, admins the firm or one team. */
  @Get('workload')
  @Roles('manager', 'admin')
  workload(@CurrentUser() principal: Principal, @Query() query: WorkloadQuery) {
    return this.team.workload(principal, query);
  }
}
