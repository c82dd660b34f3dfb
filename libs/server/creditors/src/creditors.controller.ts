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
import { CreditorsService } from './creditors.service';
import { CreateCreditorDto, CreditorListQueryDto, UpdateCreditorDto } from './dto/creditor.dto';

/** The creditor catalog: everyone reads it, admins maintain it. */
@ApiTags('creditors')
@ApiBearerAuth()
@Controller('creditors')
export class CreditorsController {
  constructor(private readonly creditors: CreditorsService) {}

  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: CreditorListQueryDto) {
    return this.creditors.list(query);
  }

  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.creditors.get(id);
  }

  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateCreditorDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.creditors.create(actor, dto, context);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCreditorDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.creditors.update(actor, id, dto, context);
  }
}
