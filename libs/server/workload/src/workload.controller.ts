import { ANY_SIGNED_IN, CurrentUser, Roles, type Principal } from '@accord/server-core';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OfficerDayService } from './officer-day.service';

@ApiTags('workload')
@ApiBearerAuth()
@Controller()
export class WorkloadController {
  constructor(private readonly day: OfficerDayService) {}

  /** What to do today on my own open cases, read as of now. */
  @Get('me/today')
  @Roles(...ANY_SIGNED_IN)
  today(@CurrentUser() principal: Principal) {
    return this.day.today(principal);
  }
}
