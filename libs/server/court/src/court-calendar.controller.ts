import {
  CurrentUser,
  ANY_SIGNED_IN,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CourtCalendarService } from './court-calendar.service';
import { CourtCalendarQueryDto, CourtDayParam, PutCourtCalendarDayDto } from './dto/court-calendar.dto';
import { CourtCalendarDayView } from './views/court.view';

@ApiTags('court')
@Controller('court-calendar-days')
export class CourtCalendarController {
  constructor(private readonly calendar: CourtCalendarService) {}

  /** The days the firm marked: court holidays and weekend days the courts work (deadlines are counted on them). */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: CourtCalendarQueryDto): Promise<CourtCalendarDayView[]> {
    return this.calendar.list(query.year);
  }

  /** Marks a day as a court holiday or a working weekend day (admins). */
  @Put(':day')
  @Roles('admin')
  put(
    @CurrentUser() principal: Principal,
    @Param() { day }: CourtDayParam,
    @Body() dto: PutCourtCalendarDayDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtCalendarDayView> {
    return this.calendar.put(principal, day, dto, context);
  }

  /** Unmarks a day (admins). */
  @Delete(':day')
  @Roles('admin')
  @HttpCode(204)
  remove(
    @CurrentUser() principal: Principal,
    @Param() { day }: CourtDayParam,
    @RequestInfo() context: RequestContext,
  ): Promise<void> {
    return this.calendar.remove(principal, day, context);
  }
}
