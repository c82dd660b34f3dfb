import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DebtsService } from './debts.service';
import { CreateDebtDto, DebtListQueryDto, UpdateDebtDto } from './dto/debt.dto';
import { DebtDetail, DebtPage, RemovedDebt } from './views/debt.view';
import { PenaltyProjection } from './views/penalty-projection.view';

class PenaltyProjectionQuery {
  @ApiProperty({ format: 'uuid', description: 'the debt whose penalty is projected' })
  @IsUUID()
  debtId!: string;
}

@ApiTags('debts')
@ApiBearerAuth()
@Controller('debts')
export class DebtsController {
  constructor(private readonly debts: DebtsService) {}

  /** Debts of a case (`caseId`) with arrears, penalty to date and overdue bucket. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: DebtListQueryDto): Promise<DebtPage> {
    return this.debts.list(principal, query);
  }

  /** One debt with its penalty to date and how it was worked out. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DebtDetail> {
    return this.debts.view(principal, id);
  }

  /** Adds a debt to a case; the case policy checks the amounts and dates. */
  @Post()
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateDebtDto,
    @RequestInfo() context: RequestContext,
  ): Promise<DebtDetail> {
    return this.debts.create(principal, dto, context);
  }

  /** Changes a debt, with the version read; the case policy checks the amounts and dates. */
  @Patch(':id')
  @Roles(...ANY_SIGNED_IN)
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDebtDto,
    @RequestInfo() context: RequestContext,
  ): Promise<DebtDetail> {
    return this.debts.update(principal, id, dto, context);
  }

  /** Removes a debt entered by mistake while the case is at intake. */
  @Delete(':id')
  @Roles(...ANY_SIGNED_IN)
  remove(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<RemovedDebt> {
    return this.debts.remove(principal, id, context);
  }
}

@ApiTags('debts')
@ApiBearerAuth()
@Controller('penalty-projection')
export class PenaltyProjectionController {
  constructor(private readonly debts: DebtsService) {}

  /** What a debt's penalty will be if nothing is agreed, month by month (`debtId`): a projection, labelled as one. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  project(
    @CurrentUser() principal: Principal,
    @Query() query: PenaltyProjectionQuery,
  ): Promise<PenaltyProjection> {
    return this.debts.projection(principal, query.debtId);
  }
}
