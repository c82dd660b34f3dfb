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
import { ClientsService } from './clients.service';
import { ClientPage, ClientView, RevealedClientIdentifiers } from './client.view';
import { ClientListQueryDto, ClientLookupDto, CreateClientDto, UpdateClientDto } from './dto/client.dto';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  /** Clients one may see; ID numbers masked. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: ClientListQueryDto): Promise<ClientPage> {
    return this.clients.list(principal, query);
  }

  /** Finds a client by exact ID number or phone, sent in the body so it never appears in a URL or a log. */
  @Post('lookup')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  lookup(@CurrentUser() principal: Principal, @Body() query: ClientLookupDto): Promise<ClientPage> {
    return this.clients.lookup(principal, query);
  }

  /** One client; ID number and phone masked. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ClientView> {
    return this.clients.view(principal, id);
  }

  /** Records a client; the ID number is kept encrypted and found by its keyed hash. */
  @Post()
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Body() dto: CreateClientDto,
    @RequestInfo() context: RequestContext,
  ): Promise<ClientView> {
    return this.clients.create(principal, dto, context);
  }

  /** Changes a client's details, with the version read. */
  @Patch(':id')
  @Roles(...ANY_SIGNED_IN)
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateClientDto,
    @RequestInfo() context: RequestContext,
  ): Promise<ClientView> {
    return this.clients.update(principal, id, dto, context);
  }

  /** Shows a client's full ID number or phone to someone entitled to it; audited. */
  @Post(':id/reveal')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  reveal(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ): Promise<RevealedClientIdentifiers> {
    return this.clients.reveal(principal, id, context);
  }
}
