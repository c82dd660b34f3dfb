import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AcceptProposalDto,
  CreateProposalDto,
  ProposalListQuery,
  UpdateProposalDto,
} from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('negotiation')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  /** Proposals to creditors (`caseId`, `debtId`), each with its terms and status. */
  @Get('proposals')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: ProposalListQuery) {
    return this.proposals.list(principal, query.caseId);
  }

  /** One proposal with its terms and history. */
  @Get('proposals/:id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.proposals.get(principal, id);
  }

  /** Drafts a proposal for one debt: kind, amount, months, charge and waiver; the case policy checks the creditor's limits. */
  @Post('proposals')
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateProposalDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.proposals.create(principal, dto, context);
  }

  /** Changes a draft's terms, with the version read. */
  @Patch('proposals/:id')
  @Roles(...ANY_SIGNED_IN)
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProposalDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.proposals.update(principal, id, dto, context);
  }

  /** Records the creditor's acceptance and creates the repayment plan with its installments. */
  @Post('proposals/:id/accept')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  accept(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AcceptProposalDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.proposals.accept(principal, id, dto, context);
  }
}
