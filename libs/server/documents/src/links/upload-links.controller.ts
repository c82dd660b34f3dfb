import { ErrorCode, LOCALES, type Locale } from '@accord/contracts';
import {
  ANY_SIGNED_IN,
  CurrentUser,
  Public,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
  UnauthenticatedError,
} from '@accord/server-core';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Request } from 'express';
import { CreatedUploadLink, UploadLinkPage } from '../views/upload-link.view';
import { PublicUploadLink, PublicUploadReceipt } from '../views/public-upload.view';
import { UPLOAD_BODY } from '../upload-body';
import { UploadLinksService } from './upload-links.service';

class CreateUploadLinkDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 90, description: 'days the link works' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;

  @ApiPropertyOptional({ enum: LOCALES, description: "the client's language on the upload page" })
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
  ): Promise<CreatedUploadLink> {
    return this.links.create(principal, caseId, dto.expiresInDays ?? 7, dto.locale ?? 'zh-TW', context);
  }

  /** The upload links sent for a case, with what each asks for and whether it is still open. */
  @Get('cases/:id/upload-links')
  @Roles(...ANY_SIGNED_IN)
  list(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) caseId: string,
  ): Promise<UploadLinkPage> {
    return this.links.list(principal, caseId);
  }

  /** Ends an upload link now: the client can no longer use it. */
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

/** The header that carries a link's token: a path or query would put it in every access log. */
export const UPLOAD_TOKEN_HEADER = 'x-upload-token';

/** What a client reaches with the token alone: their case's outstanding items and an upload. */
@ApiTags('upload-links')
@ApiHeader({ name: UPLOAD_TOKEN_HEADER, required: true, description: 'the token after # in the link' })
@Controller('public/upload-link')
export class PublicUploadController {
  constructor(private readonly links: UploadLinksService) {}

  /** What the client's upload link asks for (the link's token in the X-Upload-Token header, never in the URL). */
  @Get()
  @Public()
  view(
    @Headers(UPLOAD_TOKEN_HEADER) token: string | undefined,
    @RequestInfo() context: RequestContext,
  ): Promise<PublicUploadLink> {
    return this.links.publicView(requireToken(token), context.ip);
  }

  /** A client uploads a file for one asked item through their link (multipart, field `file`). */
  @Post('items/:itemId/files')
  @Public()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY })
  upload(
    @Headers(UPLOAD_TOKEN_HEADER) token: string | undefined,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
  ): Promise<PublicUploadReceipt> {
    return this.links.publicUpload(requireToken(token, request), itemId, request, context);
  }
}

function requireToken(token: string | undefined, request?: Request): string {
  if (token) return token;
  // The body is drained so the refusal reaches a client that is still sending its file.
  request?.resume();
  throw new UnauthenticatedError(
    ErrorCode.UploadTokenMissing,
    `Send the link's token in the ${UPLOAD_TOKEN_HEADER} header`,
  );
}
