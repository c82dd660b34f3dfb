import { ErrorCode } from '@accord/contracts';
import {
  AppError,
  CurrentUser,
  RequestInfo,
  Roles,
  ANY_SIGNED_IN,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';

/** The file as it is, UTF-8 with a header row (the columns are the template's). */
const CSV_BODY = { schema: { type: 'string', description: 'the CSV file, UTF-8, header row first' } };
import { ClientImportService } from './client-import.service';
import { ImportPreview, ImportResult } from './client-import.view';

function csvText(body: unknown): string {
  if (typeof body !== 'string' || body.length === 0) {
    throw new AppError(
      400,
      ErrorCode.ValidationFailed,
      'Send the CSV file as the request body with Content-Type: text/csv',
    );
  }
  return body;
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports/clients')
export class ClientImportController {
  constructor(private readonly imports: ClientImportService) {}

  /** Reads and checks the file; writes nothing. */
  @Post('preview')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  preview(
    @CurrentUser() principal: Principal,
    @Body() body: unknown,
    @RequestInfo() context: RequestContext,
  ): Promise<ImportPreview> {
    return this.imports.preview(principal, csvText(body), context);
  }

  /** Writes every client, case and debt of the file in one transaction, or nothing (422 with the problems). */
  @Post('commit')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  commit(
    @CurrentUser() principal: Principal,
    @Body() body: unknown,
    @RequestInfo() context: RequestContext,
  ): Promise<ImportResult> {
    return this.imports.commit(principal, csvText(body), context);
  }
}
