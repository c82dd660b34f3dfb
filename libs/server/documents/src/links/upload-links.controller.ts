import { LOCALES, type Locale } from '@accord/contracts';
import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Request } from 'express';
import { UploadLinksService } from './upload-links.service';

class CreateUploadLinkDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

@ApiTags('upload-links')
@ApiBearerAuth()
@Controller()
export class UploadLinksController {
  constructor(private readonly links: UploadLinksService) {}

  /** The token is in the answer once, and only here. */
  @Post('cases/:id/upload-links')
  @Roles(...ANY_SIGNED_IN)
  create(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: CreateUploadLinkDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.links.create(principal, caseId, dto.expiresInDays ?? 7, dto.locale ?? 'zh-TW', context);
  }

  @Get('cases/:id/upload-links')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) caseId: string) {
    return this.links.list(principal, caseId);
  }

  @Post('upload-links/:id/revoke')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(204)
  revoke(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @RequestInfo() context: RequestContext,
  ) {
    return this.links.revoke(principal, id, context);
  }
}

/** What a client reaches with the token alone: their case's outstanding items and an upload. */
@ApiTags('upload-links')
@Controller('public/upload-links/:token')
export class PublicUploadController {
  constructor(private readonly links: UploadLinksService) {}

  @Get()
  @Public()
  view(@Param('token') token: string, @RequestInfo() context: RequestContext) {
    return this.links.publicView(token, context.ip);
  }

  @Post('items/:itemId/files')
  @Public()
  @ApiConsumes('multipart/form-data')
  upload(
    @Param('token') token: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
  ) {
    return this.links.publicUpload(token, itemId, request, context);
  }
}
