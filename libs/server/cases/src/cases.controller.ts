import {
  ANY_SIGNED_IN,
  CsvExports,
  CurrentUser,
  ListQueryDto,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { caseExportTable } from './case-export';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CaseReadsService } from './case-reads.service';
import { CasesService } from './cases.service';
import {
  BulkReassignDto,
  CaseExportQueryDto,
  CaseListQueryDto,
  CreateCaseDto,
  ReassignDto,
  ReopenDto,
  TransitionDto,
  UpdateCaseDto,
} from './dto/case.dto';
import { CaseActions } from './views/case-actions.view';
import { CaseDetail } from './views/case-detail.view';
import { CasePage } from './views/case-list-item.view';
import { CaseReassignment } from './views/case-reassignment.view';
import { CaseTimelinePage } from './views/case-timeline.view';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly reads: CaseReadsService,
    private readonly exports: CsvExports,
  ) {}

  /** Cases one may see, filtered (stage, officer, client, creditor, bucket, risk) and sorted. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: CaseListQueryDto): Promise<CasePage> {
    return this.reads.list(principal, query);
  }

  /** The filtered case list as CSV (same filters, order and scope as the list). */
  @Get('export')
  @Roles(...ANY_SIGNED_IN)
  @ApiProduces('text/csv')
  export(
    @CurrentUser() principal: Principal,
    @Query() query: CaseExportQueryDto,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    // Pages do not apply: the file holds every case the filters match.
    const { locale = 'zh-TW', page: _page, perPage: _perPage, ...filters } = query;
    return this.exports.send({ principal, context, response }, 'cases.exported', async () => {
      const rows = await this.reads.exportRows(
        principal,
        Object.assign(new CaseListQueryDto(), filters),
        100_000,
      );
      return {
        name: `cases-${this.cases.today()}`,
        filters: { ...filters, locale },
        ...caseExportTable(rows, locale),
      };
    });
  }

  /** One case: client, debts, arrears, penalty to date, stage and what waiting costs. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetail> {
    return this.reads.detail(principal, id);
  }

  /** Opens a case for a client; officers open their own, managers assign. */
  @Post()
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCaseDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseDetail> {
    return this.cases.create(principal, dto, context);
  }

  /** Changes a case's overdue reason, litigation risk or closing, with the version read; the case policy decides. */
  @Patch(':id')
  @Roles(...ANY_SIGNED_IN)
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCaseDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseDetail> {
    return this.cases.update(principal, id, dto, context);
  }

  /** Moves a case to another stage when the case policy allows; a move back needs a reason. */
  @Post(':id/transition')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  transition(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseDetail> {
    return this.cases.transition(principal, id, dto, context);
  }

  /** Reopening a closed case, for managers: nothing it ended (plans, reminders) comes back by itself. */
  @Post(':id/reopen')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  reopen(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReopenDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseDetail> {
    return this.cases.reopen(principal, id, dto, context);
  }

  /** What the case policy allows on this case now, each action with its reasons when refused. */
  @Get(':id/actions')
  @Roles(...ANY_SIGNED_IN)
  actions(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CaseActions> {
    return this.reads.actions(principal, id);
  }

  /** Many cases to one officer with one reason, all or none (`caseIds`, at most 200). */
  @Post('reassign')
  @Roles('manager', 'admin')
  @HttpCode(200)
  reassignMany(
    @CurrentUser() principal: Principal,
    @Body() dto: BulkReassignDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseReassignment> {
    return this.cases.reassignMany(principal, dto, context);
  }

  /** Gives a case to another officer with a reason (managers, admins); audited. */
  @Post(':id/reassign')
  @Roles('manager', 'admin')
  @HttpCode(200)
  reassign(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReassignDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseDetail> {
    return this.cases.reassign(principal, id, dto, context);
  }

  /** What happened on a case, newest first. */
  @Get(':id/timeline')
  @Roles(...ANY_SIGNED_IN)
  timeline(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListQueryDto,
  ): Promise<CaseTimelinePage> {
    return this.reads.timeline(principal, id, query.page, query.perPage);
  }
}
