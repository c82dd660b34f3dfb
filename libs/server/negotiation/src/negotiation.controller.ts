import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateFinancialStatementDto, FinancialStatementListQuery } from './dto/financial-statement.dto';
import { FinancialStatementsService } from './financial-statements.service';

@ApiTags('negotiation')
@ApiBearerAuth()
@Controller()
export class NegotiationController {
  constructor(private readonly statements: FinancialStatementsService) {}

  @Get('financial-statements')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: FinancialStatementListQuery) {
    return this.statements.list(principal, query.caseId);
  }

  @Get('financial-statements/:id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.statements.get(principal, id);
  }

  @Post('financial-statements')
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateFinancialStatementDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.statements.create(principal, dto, context);
  }

  @Get('cases/:id/affordability')
  @Roles(...ANY_SIGNED_IN)
  affordability(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string) {
    return this.statements.caseAffordability(principal, caseId);
  }
}
