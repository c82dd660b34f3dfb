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
import { DocumentRequirementsService } from './document-requirements.service';
import { DocumentTemplatesService } from './document-templates.service';
import {
  CreateTemplateDto,
  MoveRequirementDto,
  RequirementListQueryDto,
  TemplateListQueryDto,
  UpdateTemplateDto,
} from './dto/document.dto';
import { DocumentRequirementPage, DocumentTemplatePage } from './views/document-pages.view';

/** Admins maintain the templates; everyone reads them (the checklist shows their descriptions). */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(private readonly templates: DocumentTemplatesService) {}

  /** The checklist templates: which papers each kind of case asks the client for. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(@Query() query: TemplateListQueryDto): Promise<DocumentTemplatePage> {
    return this.templates.list(query);
  }

  /** One checklist template. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.templates.get(id);
  }

  /** Adds a checklist template (admins); audited. */
  @Post()
  @Roles('admin')
  create(
    @CurrentUser() actor: Principal,
    @Body() dto: CreateTemplateDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.templates.create(actor, dto, context);
  }

  /** Changes a checklist template (admins), with the version read. */
  @Patch(':id')
  @Roles('admin')
  update(
    @CurrentUser() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTemplateDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.templates.update(actor, id, dto, context);
  }
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller('document-requirements')
export class DocumentRequirementsController {
  constructor(private readonly requirements: DocumentRequirementsService) {}

  /** A case's checklist items (`caseId`), each with its status, due date and files. */
  @Get()
  @Roles(...ANY_SIGNED_IN)
  list(
    @CurrentUser() principal: Principal,
    @Query() query: RequirementListQueryDto,
  ): Promise<DocumentRequirementPage> {
    return this.requirements.list(principal, query);
  }

  /** One checklist item with its files. */
  @Get(':id')
  @Roles(...ANY_SIGNED_IN)
  show(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.requirements.get(principal, id);
  }

  /** receive, verify, reject (with a reason: the client is asked again) or waive (managers and admins). */
  @Post(':id/moves')
  @Roles(...ANY_SIGNED_IN)
  @HttpCode(200)
  move(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MoveRequirementDto,
    @RequestInfo() context: RequestContext,
  ) {
    return this.requirements.move(principal, id, dto, context);
  }
}
