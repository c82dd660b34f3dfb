import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedCreatedView, CalendarFeedView } from './views/court.view';

@ApiTags('court')
@Controller('calendar-feeds')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** Whether the caller has a calendar feed, and when calendars last fetched it. */
  @Get('mine')
  @Roles(...ANY_SIGNED_IN)
  mine(@CurrentUser() principal: Principal): Promise<CalendarFeedView> {
    return this.feeds.mine(principal);
  }

  /** Makes the caller's private feed address (shown once); the old one stops answering. */
  @Post('mine')
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @RequestInfo() context: RequestContext,
  ): Promise<CalendarFeedCreatedView> {
    return this.feeds.create(principal, context);
  }

  /** Revokes the caller's feed: calendars subscribed to it get nothing more. */
  @Delete('mine')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(204)
  revoke(@CurrentUser() principal: Principal, @RequestInfo() context: RequestContext): Promise<void> {
    return this.feeds.revoke(principal, context);
  }

  /**
   * The feed itself (iCalendar, RFC 5545), for calendar apps: the token in the address is the credential,
   * since calendars cannot send a header; logs keep the address with the token cut out.
   */
  @Get(':token/accord.ics')
  @Public()
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  feed(@Param('token') token: string): Promise<string> {
    return this.feeds.feed(token);
  }
}
