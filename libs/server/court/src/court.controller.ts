import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CourtAgendaService } from './court-agenda.service';
import { CourtEventsService } from './court-events.service';
import { CourtMattersService } from './court-matters.service';
import { CourtService } from './court.service';
import { CreditorDemandsService } from './creditor-demands.service';
import { CourtAgendaQueryDto } from './dto/court-calendar.dto';
import { CompleteCourtDeadlineDto, CreateCourtEventDto, UpdateCourtEventDto } from './dto/court-event.dto';
import { CreateCourtMatterDto, UpdateCourtMatterDto } from './dto/court-matter.dto';
import { CreateCreditorDemandDto } from './dto/creditor-demand.dto';
import {
  CaseCourtView,
  CourtAgendaView,
  CourtEventView,
  CourtMatterView,
  CourtReportView,
  CreditorDemandView,
} from './views/court.view';

@ApiTags('court')
@Controller()
export class CourtController {
  constructor(
    private readonly court: CourtService,
    private readonly matters: CourtMattersService,
    private readonly events: CourtEventsService,
    private readonly demands: CreditorDemandsService,
    private readonly agendas: CourtAgendaService,
  ) {}

  /** A case's court side: its matters with their events, the creditor's demands recorded, and the litigation risk with its reasons. */
  @Get('cases/:caseId/court')
  @Roles(...ANY_SIGNED_IN)
  ofCase(
    @CurrentUser() principal: Principal,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<CaseCourtView> {
    return this.court.ofCase(principal, caseId);
  }

  /** Records a court matter on a case (a suit, payment order, arbitration, mediation; 更生 / 清算 for Taiwan clients). */
  @Post('court-matters')
  @Roles(...ANY_SIGNED_IN)
  createMatter(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCourtMatterDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtMatterView> {
    return this.matters.create(principal, dto, context);
  }

  /** One court matter with its events. */
  @Get('court-matters/:id')
  @Roles(...ANY_SIGNED_IN)
  getMatter(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CourtMatterView> {
    return this.matters.get(principal, id);
  }

  /** Corrects a matter or concludes it (409 on a stale version). */
  @Patch('court-matters/:id')
  @Roles(...ANY_SIGNED_IN)
  updateMatter(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCourtMatterDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtMatterView> {
    return this.matters.update(principal, id, dto, context);
  }

  /** Records an event of a matter; a summons or decision served brings its answer or appeal deadline, worked out. */
  @Post('court-events')
  @Roles(...ANY_SIGNED_IN)
  createEvent(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCourtEventDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtEventView> {
    return this.events.record(principal, dto, context);
  }

  /** One court event. */
  @Get('court-events/:id')
  @Roles(...ANY_SIGNED_IN)
  getEvent(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CourtEventView> {
    return this.events.get(principal, id);
  }

  /** Moves or corrects an event; a deadline moved from its worked-out day needs a reason (409 on a stale version). */
  @Patch('court-events/:id')
  @Roles(...ANY_SIGNED_IN)
  updateEvent(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCourtEventDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtEventView> {
    return this.events.update(principal, id, dto, context);
  }

  /** Records how a deadline ended: the answer or appeal filed, or let pass with the client's reason. */
  @Post('court-events/:id/complete')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  completeDeadline(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CompleteCourtDeadlineDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CourtEventView> {
    return this.events.complete(principal, id, dto, context);
  }

  /** Records a collection notice or other demand the client received, or the client's acknowledgement of a debt. */
  @Post('creditor-demands')
  @Roles(...ANY_SIGNED_IN)
  createDemand(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCreditorDemandDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditorDemandView> {
    return this.demands.record(principal, dto, context);
  }

  /** Hearings and open court deadlines of the caller's cases for the coming days, and deadlines passed with nothing recorded. */
  @Get('court-agenda')
  @Roles(...ANY_SIGNED_IN)
  agenda(@CurrentUser() principal: Principal, @Query() query: CourtAgendaQueryDto): Promise<CourtAgendaView> {
    return this.agendas.agenda(principal, query.days ?? 7);
  }

  /** The team's court side for managers (admins: the firm): sittings in the next 14 days, passed deadlines, matters by kind. */
  @Get('reports/court')
  @Roles('manager', 'admin')
  report(@CurrentUser() principal: Principal): Promise<CourtReportView> {
    return this.agendas.report(principal);
  }
}
