import {
  ACCEPTED_MEDIA_TYPES,
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
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { DocumentFilesService } from './document-files.service';
import { UPLOAD_BODY } from './upload-body';
import { DocumentFilePage } from './views/document-pages.view';

/** A file answers with its own type, one of those an upload accepts. */
const FILE_TYPES = [...ACCEPTED_MEDIA_TYPES];

class FileListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  requirementId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentFilesController {
  constructor(private readonly files: DocumentFilesService) {}

  /** Attaches a scan or PDF to a checklist item (multipart, field `file`); its type is read from its bytes, infected files are refused. */
  @Post('document-requirements/:id/files')
  @Roles(...ANY_SIGNED_IN)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY })
  upload(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @RequestInfo() context: RequestContext,
  ) {
    return this.files.uploadAsStaff(principal, id, request, context);
  }

  /** Files of a case or of one checklist item, without their bytes. */
  @Get('document-files')
  @Roles(...ANY_SIGNED_IN)
  list(@CurrentUser() principal: Principal, @Query() query: FileListQuery): Promise<DocumentFilePage> {
    return this.files.list(principal, query);
  }

  /** Streams the file; inline only for images and PDFs (previews), never for anything a browser runs. */
  @Get('document-files/:id/content')
  @Roles(...ANY_SIGNED_IN)
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({
    description: 'The bytes as uploaded; Content-Disposition names the file.',
    content: Object.fromEntries(
      FILE_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
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
