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

  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: DebtListQueryDto): Promise<DebtPage> {
    return this.debts.list(principal, query);
  }

  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DebtDetail> {
    return this.debts.view(principal, id);
  }

  @Post()
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateDebtDto,
    @RequestInfo() context: RequestContext,
  ): Promise<DebtDetail> {
    return this.debts.create(principal, dto, context);
  }

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

  @Get()
  @Roles(...ANY_SIGNED_IN)
  project(
    @CurrentUser() principal: Principal,
    @Query() query: PenaltyProjectionQuery,
  ): Promise<PenaltyProjection> {
    return this.debts.projection(principal, query.debtId);
  }
}
