import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateLprRateDto, LprRateListQueryDto, LprRateParams, UpdateLprRateDto } from './dto/lpr-rate.dto';
import { LprRatesService } from './lpr-rates.service';

/** The dated LPR table: everyone reads it (the debts' 4 × LPR check cites it), admins keep it. */
@ApiTags('lpr-rates')
@ApiBearerAuth()
@Controller('lpr-rates')
export class LprRatesController {
  constructor(private readonly rates: LprRatesService) {}

  /** The dated one-year and five-year LPR as published, newest first. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: LprRateListQueryDto) {
    return this.rates.list(query);
  }

  /** The LPR published on one day. */
  @Get(':effectiveOn')
  @Roles(...ANY_SIGNED_IN)
  show(@Param() params: LprRateParams) {
    return this.rates.get(params.effectiveOn);
  }

  /** Records the LPR published on a day (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateLprRateDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.rates.create(actor, dto, context);
  }

  /** Corrects the LPR of one day (admins), with the version read; audited. */
  @Patch(':effectiveOn')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param() params: LprRateParams,
    @Body() dto: UpdateLprRateDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.rates.update(actor, params.effectiveOn, dto, context);
  }

  /** Removes a wrongly entered LPR (admins); audited, answers the removed row. */
  @Delete(':effectiveOn')
  @Roles('admin')
  remove(
    @CurrentUser() actor: Principal,
    @Param() params: LprRateParams,
    @RequestInfo() context: RequestContext,
  ) {
    return this.rates.remove(actor, params.effectiveOn, context);
  }
}
