import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateLivingMinimumDto,
  LivingMinimumListQueryDto,
  UpdateLivingMinimumDto,
} from './dto/living-minimum.dto';
import { LivingMinimumsService } from './living-minimums.service';

/** Living minimums per region: everyone reads them, admins keep them. */
@ApiTags('living-minimums')
@ApiBearerAuth()
@Controller('living-minimums')
export class LivingMinimumsController {
  constructor(private readonly minimums: LivingMinimumsService) {}

  /** The living minimum per region and date, as published. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: LivingMinimumListQueryDto) {
    return this.minimums.list(query);
  }

  /** One living minimum. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.minimums.get(id);
  }

  /** Records a region's living minimum from a date (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateLivingMinimumDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.minimums.create(actor, dto, context);
  }

  /** Corrects a living minimum (admins), with the version read; audited. */
  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateLivingMinimumDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.minimums.update(actor, id, dto, context);
  }
}
