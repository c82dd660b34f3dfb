import {
  ANY_SIGNED_IN,
  CurrentUser,
  RequestInfo,
  Roles,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { DocumentFilesService } from './document-files.service';

class FileListQuery {
  @IsOptional()
  @IsUUID()
  requirementId?: string;

  @IsOptional()
  @IsUUID()
  caseId?: string;
}

class DownloadQuery {
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, so Chinese names survive every browser. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentFilesController {
  constructor(private readonly files: DocumentFilesService) {}

  @Post('document-requirements/:id/files')
  @Roles(...ANY_SIGNED_IN)
  @ApiConsumes('multipart/form-data')
  upload(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
  ) {
    return this.files.uploadAsStaff(principal, id, request, context);
  }

  @Get('document-files')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: FileListQuery) {
    return this.files.list(principal, query);
  }

  /** Streams the file; inline only for images and PDFs (previews), never for anything a browser runs. */
  @Get('document-files/:id/content')
  @Roles(...ANY_SIGNED_IN)
  async download(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DownloadQuery,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, body } = await this.files.open(principal, id, context);
    const inline =
      query.disposition === 'inline' &&
      /^(image\/(jpeg|png|heic|heif)|application\/pdf)$/.test(file.mediaType);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.sizeBytes));
    response.setHeader(
      'Content-Disposition',
      contentDisposition(inline ? 'inline' : 'attachment', file.originalName),
    );
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(body);
  }
}
