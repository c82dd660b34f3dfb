import {
  ANY_SIGNED_IN,
  CurrentUser,
  DownloadQuery,
  RequestInfo,
  Roles,
  storedFileResponse,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
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
    return storedFileResponse(response, file, body, query.disposition);
  }
}
