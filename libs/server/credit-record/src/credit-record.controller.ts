import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreditDisputesService } from './credit-disputes.service';
import { CreditEntriesService } from './credit-entries.service';
import { CreditRecordService } from './credit-record.service';
import {
  AnswerCreditDisputeDto,
  CreateCreditDisputeDto,
  FileCreditDisputeDto,
  NothingToDisputeDto,
  UpdateCreditDisputeDto,
  WithdrawCreditDisputeDto,
} from './dto/credit-dispute.dto';
import { CreateCreditEntryDto, UpdateCreditEntryDto } from './dto/credit-entry.dto';
import {
  CaseCreditRecordView,
  ClientSummaryView,
  CreditDisplayRuleView,
  CreditDisputeView,
  CreditEntryView,
} from './views/credit-record.view';

@ApiTags('credit record')
@Controller()
export class CreditRecordController {
  constructor(
    private readonly record: CreditRecordService,
    private readonly entries: CreditEntriesService,
    private readonly disputes: CreditDisputesService,
  ) {}

  /** A case's credit record: its report entries (with until when each is shown and the 2025 relief), disputes and review. */
  @Get('cases/:caseId/credit-record')
  @Roles(...ANY_SIGNED_IN)
  ofCase(
    @CurrentUser() principal: Principal,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<CaseCreditRecordView> {
    return this.record.ofCase(principal, caseId);
  }

  /** The credit record in plain words for the client, in the client's language: each entry, until when it shows, what was disputed and the answer. */
  @Get('cases/:caseId/credit-record/client-summary')
  @Roles(...ANY_SIGNED_IN)
  clientSummary(
    @CurrentUser() principal: Principal,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<ClientSummaryView> {
    return this.record.clientSummary(principal, caseId);
  }

  /** Says, with a reason, that nothing on the client's report is wrong (409 DISPUTES_EXIST once a dispute was begun). */
  @Post('cases/:caseId/credit-record/nothing-to-dispute')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  nothingToDispute(
    @CurrentUser() principal: Principal,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NothingToDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CaseCreditRecordView> {
    return this.record.nothingToDispute(principal, caseId, dto.reason, context);
  }

  /** The display periods of agencies whose rules are kept as data (Taiwan's 聯徵). */
  @Get('credit-display-rules')
  @Roles(...ANY_SIGNED_IN)
  displayRules(): Promise<CreditDisplayRuleView[]> {
    return this.record.displayRules();
  }

  /** Records an account read from the client's credit report. */
  @Post('credit-report-entries')
  @Roles(...ANY_SIGNED_IN)
  createEntry(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCreditEntryDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditEntryView> {
    return this.entries.create(principal, dto, context);
  }

  /** One credit report entry, with until when it is shown and the 2025 relief. */
  @Get('credit-report-entries/:id')
  @Roles(...ANY_SIGNED_IN)
  getEntry(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CreditEntryView> {
    return this.entries.get(principal, id);
  }

  /** Corrects an entry as read (409 on a stale version). */
  @Patch('credit-report-entries/:id')
  @Roles(...ANY_SIGNED_IN)
  updateEntry(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCreditEntryDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditEntryView> {
    return this.entries.update(principal, id, dto, context);
  }

  /** Removes an entry typed by mistake; a disputed one stays (409 CREDIT_ENTRY_HAS_DISPUTES). */
  @Delete('credit-report-entries/:id')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(204)
  removeEntry(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<void> {
    return this.entries.remove(principal, id, context);
  }

  /** Prepares a dispute of an entry: grounds, what is wrong, where it is filed, the evidence. */
  @Post('credit-disputes')
  @Roles(...ANY_SIGNED_IN)
  prepare(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateCreditDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.disputes.prepare(principal, dto, context);
  }

  /** One dispute: its grounds, evidence, filing, due day and answer. */
  @Get('credit-disputes/:id')
  @Roles(...ANY_SIGNED_IN)
  getDispute(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CreditDisputeView> {
    return this.disputes.get(principal, id);
  }

  /** Changes a dispute not yet filed (409 DISPUTE_ALREADY_FILED after). */
  @Patch('credit-disputes/:id')
  @Roles(...ANY_SIGNED_IN)
  updateDispute(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCreditDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.disputes.update(principal, id, dto, context);
  }

  /** Records the filing: needs evidence (DISPUTE_NEEDS_EVIDENCE); the answer is due 20 days later, with reminders. */
  @Post('credit-disputes/:id/file')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  file(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: FileCreditDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.disputes.file(principal, id, dto, context);
  }

  /** Records the written answer and its outcome as given (DISPUTE_NOT_FILED, ANSWER_BEFORE_FILING). */
  @Post('credit-disputes/:id/answer')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  answer(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnswerCreditDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.disputes.answer(principal, id, dto, context);
  }

  /** Withdraws a dispute not yet answered, with a reason. */
  @Post('credit-disputes/:id/withdraw')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  withdraw(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WithdrawCreditDisputeDto,
    @RequestInfo() context: RequestContext,
  ): Promise<CreditDisputeView> {
    return this.disputes.withdraw(principal, id, dto, context);
  }
}
