import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ContactsService } from './contacts.service';
import { ContactListQueryDto, CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateFinancialStatementDto, FinancialStatementListQuery } from './dto/financial-statement.dto';
import { FinancialStatementsService } from './financial-statements.service';
import { ProposalSuggestionsService } from './proposal-suggestions.service';

@ApiTags('negotiation')
@ApiBearerAuth()
@Controller()
export class NegotiationController {
  constructor(
    private readonly statements: FinancialStatementsService,
    private readonly contacts: ContactsService,
    private readonly suggestions: ProposalSuggestionsService,
  ) {}

  /** Plans that fit the client's capacity share for this debt and the creditor's longest plan. */
  @Get('debts/:id/proposal-suggestions')
  @Roles(...ANY_SIGNED_IN)
  suggest(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) debtId: string) {
    return this.suggestions.forDebt(principal, debtId);
  }

  /** Contacts with creditors and the client, newest first (`caseId`). */
  @Get('contacts')
  @Roles(...ANY_SIGNED_IN)
  listContacts(@CurrentUser() principal: Principal, @Query() query: ContactListQueryDto) {
    return this.contacts.list(principal, query);
  }

  /** One recorded contact. */
  @Get('contacts/:id')
  @Roles(...ANY_SIGNED_IN)
  showContact(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.contacts.get(principal, id);
  }

  /** Records a call, message or letter with a creditor or the client, and its follow-up date. */
  @Post('contacts')
  @Roles(...ANY_SIGNED_IN)
  logContact(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateContactDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.contacts.create(principal, dto, context);
  }

  /** Corrects a recorded contact or moves its follow-up, with the version read. */
  @Patch('contacts/:id')
  @Roles(...ANY_SIGNED_IN)
  updateContact(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateContactDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.contacts.update(principal, id, dto, context);
  }

  /** A case's financial statements (`caseId`), newest first. */
  @Get('financial-statements')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: FinancialStatementListQuery) {
    return this.statements.list(principal, query.caseId);
  }

  /** One financial statement. */
  @Get('financial-statements/:id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.statements.get(principal, id);
  }

  /** Records the client's financial statement: income, spending, household and other debts. */
  @Post('financial-statements')
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateFinancialStatementDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.statements.create(principal, dto, context);
  }

  /** What the client can pay a month after the living minimum, shared among the case's debts, and how it was worked out. */
  @Get('cases/:id/affordability')
  @Roles(...ANY_SIGNED_IN)
  affordability(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string) {
    return this.statements.caseAffordability(principal, caseId);
  }
}
