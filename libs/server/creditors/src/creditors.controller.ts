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

  /** The creditor catalog: each creditor's penalty rule, late fee, longest plan and how to reach them. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: CreditorListQueryDto) {
    return this.creditors.list(query);
  }

  /** One creditor of the catalog. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.creditors.get(id);
  }

  /** Adds a creditor to the catalog (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateCreditorDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.creditors.create(actor, dto, context);
  }

  /** Changes a creditor's rules or contacts (admins), with the version read; audited. */
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
